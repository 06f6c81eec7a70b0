package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a data value's append-only history. */
public record DataValueChange(long orgUnitId, int year, int month, BigDecimal oldValue, BigDecimal newValue,
		DataValueStatus oldStatus, DataValueStatus newStatus, String comment, String changedBy, Instant changedAt) {
}

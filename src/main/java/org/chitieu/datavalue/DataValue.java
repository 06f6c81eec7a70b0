package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.Instant;

/** The figure of one indicator at one org unit for one month, with its workflow state. */
public record DataValue(long indicatorId, long orgUnitId, int year, int month, BigDecimal value, String comment,
		DataValueStatus status, String returnReason, String updatedBy, Instant updatedAt) {
}

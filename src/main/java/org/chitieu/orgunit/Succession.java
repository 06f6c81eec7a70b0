package org.chitieu.orgunit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The share {@code weight} of unit {@code fromId}'s territory that passed to {@code toId} on {@code date}. */
public record Succession(long fromId, long toId, BigDecimal weight, LocalDate date) {
}

package org.chitieu.progress;

import java.math.BigDecimal;

/**
 * An indicator at a unit, evaluated at a reporting month. Every number is unrounded and
 * {@code null} where it cannot be computed.
 * @param target the year's target T
 * @param expected E(m), what the schedule expects by the reporting month
 * @param actual A(m), the value to date
 * @param lastYear L(m), the value to the same month last year, on today's boundaries
 * @param delta A − L
 * @param deltaPercent 100·(A/L − 1)
 * @param percentOfPlan 100·A/T
 * @param projection the value expected for the whole year at this pace
 */
public record Evaluation(BigDecimal target, BigDecimal expected, BigDecimal actual, Status status,
		BigDecimal lastYear, BigDecimal delta, BigDecimal deltaPercent, BigDecimal percentOfPlan,
		BigDecimal projection) {
}

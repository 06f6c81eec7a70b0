package org.chitieu.progress.query;

import java.math.BigDecimal;

import org.chitieu.progress.Status;

/**
 * One target of the plan, evaluated. Numbers are unrounded ({@code decimals} says how the UI and
 * reports round them); {@code null} where a value cannot be computed. {@code explanation} is the
 * owner department's comment on the latest value.
 */
public record IndicatorProgress(String code, String name, String nameEn, String unit, String sector,
		int decimals, BigDecimal target, BigDecimal expected, BigDecimal actual, Status status, BigDecimal lastYear,
		BigDecimal delta, BigDecimal deltaPercent, BigDecimal percentOfPlan, BigDecimal projection,
		String explanation) {
}

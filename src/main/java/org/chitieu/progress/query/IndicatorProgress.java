package org.chitieu.progress.query;

import java.math.BigDecimal;

import org.chitieu.progress.Status;

/**
 * One target of the plan, evaluated. Numbers are unrounded ({@code decimals} says how the UI and
 * reports round them); {@code null} where a value cannot be computed. {@code explanation} is the
 * owner department's comment on the latest value. {@code toleranceApplied} is the indicator's tolerance
 * when the status rests on it (on track only within the allowed tolerance), else {@code null}: the
 * dashboard, the indicator page, the report annex and the portal say so ("trong ngưỡng cho phép 5%").
 */
public record IndicatorProgress(String code, String name, String nameEn, String unit, String sector,
		int decimals, BigDecimal target, BigDecimal expected, BigDecimal actual, Status status, BigDecimal lastYear,
		BigDecimal delta, BigDecimal deltaPercent, BigDecimal percentOfPlan, BigDecimal projection,
		String explanation, BigDecimal toleranceApplied) {

	/** The tolerance that decided the status, in percent (5 for 0.05), or null. */
	public BigDecimal tolerancePercent() {
		return (this.toleranceApplied == null) ? null : this.toleranceApplied.movePointRight(2);
	}

}

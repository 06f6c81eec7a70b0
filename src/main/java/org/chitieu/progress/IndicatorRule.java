package org.chitieu.progress;

import java.math.BigDecimal;
import java.util.Objects;

import org.chitieu.indicator.Formula;
import org.chitieu.indicator.IndicatorKind;
import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;

/**
 * What the progress rules need to know of an indicator.
 * @param formula the formula of a {@code COMPUTED} indicator, {@code null} for a {@code RAW} one
 * @param spaceAggregation how a unit takes values from the units below it; a {@code COMPUTED}
 * indicator ignores it, since each component is aggregated by its own
 * @param tolerance a fraction (0.05 = 5%) by which a value may miss the expected one and still be
 * on track; {@code null} means 0
 */
public record IndicatorRule(String code, IndicatorKind kind, Formula formula, TimeAggregation timeAggregation,
		SpaceAggregation spaceAggregation, Polarity polarity, BigDecimal tolerance) {

	public IndicatorRule {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(timeAggregation, "timeAggregation");
		Objects.requireNonNull(spaceAggregation, "spaceAggregation");
		Objects.requireNonNull(polarity, "polarity");
		if ((kind == IndicatorKind.COMPUTED) != (formula != null)) {
			throw new IllegalArgumentException("indicator " + code + " is " + kind
					+ ((formula != null) ? " but has a formula" : " but has no formula"));
		}
		tolerance = (tolerance != null) ? tolerance : BigDecimal.ZERO;
	}

	public static IndicatorRule raw(String code, TimeAggregation time, SpaceAggregation space, Polarity polarity) {
		return new IndicatorRule(code, IndicatorKind.RAW, null, time, space, polarity, null);
	}

	public static IndicatorRule computed(String code, String formula, TimeAggregation time, Polarity polarity) {
		return new IndicatorRule(code, IndicatorKind.COMPUTED, Formula.parse(formula), time, SpaceAggregation.NONE,
				polarity, null);
	}

	public IndicatorRule withTolerance(BigDecimal tolerance) {
		return new IndicatorRule(this.code, this.kind, this.formula, this.timeAggregation, this.spaceAggregation,
				this.polarity, tolerance);
	}

}

package org.chitieu.progress;

import java.math.BigDecimal;

import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.TimeAggregation;

/** Where an indicator stands against its target at a reporting month. */
public enum Status {

	/** No value to date. */
	NO_DATA,
	/** "Chậm tiến độ": short of the expected value, beyond the tolerance. */
	BEHIND,
	/** "Đạt tiến độ": at or within tolerance of the expected value. */
	ON_TRACK,
	/** "Đạt/vượt kế hoạch": the year's target is reached. */
	ACHIEVED;

	/** "Đạt kế hoạch tiến độ": what the dashboard counts, "22/24". */
	public boolean onSchedule() {
		return this == ON_TRACK || this == ACHIEVED;
	}

	/**
	 * The status rule. The target is required, so the expected value is never {@code null}.
	 * @param month the reporting month, 1..12
	 */
	static Status of(IndicatorRule indicator, int month, BigDecimal actual, BigDecimal target, BigDecimal expected) {
		if (actual == null) {
			return NO_DATA;
		}
		return (indicator.polarity() == Polarity.HIGHER)
				? higherIsBetter(actual, target, expected, indicator.tolerance())
				: lowerIsBetter(actual, target, expected, indicator.tolerance(), reachedAnyMonth(indicator, month));
	}

	private static Status higherIsBetter(BigDecimal actual, BigDecimal target, BigDecimal expected,
			BigDecimal tolerance) {
		if (actual.compareTo(target) >= 0) {
			return ACHIEVED;
		}
		BigDecimal floor = expected.multiply(BigDecimal.ONE.subtract(tolerance));
		return (actual.compareTo(floor) >= 0) ? ON_TRACK : BEHIND;
	}

	private static Status lowerIsBetter(BigDecimal actual, BigDecimal target, BigDecimal expected,
			BigDecimal tolerance, boolean canBeAchieved) {
		if (canBeAchieved && actual.compareTo(target) <= 0) {
			return ACHIEVED;
		}
		BigDecimal ceiling = expected.multiply(BigDecimal.ONE.add(tolerance));
		return (actual.compareTo(ceiling) <= 0) ? ON_TRACK : BEHIND;
	}

	/**
	 * A level (LAST, AVERAGE) under its ceiling has achieved it; a flow (SUM) under its ceiling
	 * only says so when the year is over, since it still grows.
	 */
	private static boolean reachedAnyMonth(IndicatorRule indicator, int month) {
		return indicator.timeAggregation() != TimeAggregation.SUM || month == 12;
	}

}

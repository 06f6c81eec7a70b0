package org.chitieu.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SortedMap;

/** How an indicator's monthly values make its year-to-date value. */
public enum TimeAggregation {
	/** Flows (tons, revenue, jobs): the sum of months 1..m. */
	SUM,
	/** Levels and rates: the latest value at or before m. */
	LAST,
	/** The mean of the months that have values. */
	AVERAGE;

	/** The value of a run of months (month number → value, at least one) by this aggregation. */
	public BigDecimal over(SortedMap<Integer, BigDecimal> months) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : months.values()) {
			sum = sum.add(value);
		}
		return switch (this) {
			case SUM -> sum;
			case LAST -> months.get(months.lastKey());
			case AVERAGE -> sum.divide(BigDecimal.valueOf(months.size()), MathContext.DECIMAL64);
		};
	}
}

package org.chitieu.progress;

import java.math.BigDecimal;

import org.chitieu.indicator.TimeAggregation;

/**
 * The value to date of a {@code RAW} indicator at a unit: what every other progress rule is built
 * on. {@link ObservedYearToDate} is its definition, over the observations; {@link RolledUpYearToDate}
 * looks it up in values rolled up beforehand from that definition.
 */
public interface YearToDate {

	/**
	 * A(m) of the raw {@code indicator} at {@code unit} from January to {@code month}, its months
	 * taken together by {@code time}: the indicator's own time aggregation, or {@code SUM} for a
	 * seasonal profile. {@code null} when there is no value.
	 */
	BigDecimal rawToDate(IndicatorRule indicator, String unit, int year, int month, TimeAggregation time);

}

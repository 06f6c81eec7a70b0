package org.chitieu.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;

/**
 * The value to date of a raw indicator at a unit, by the rules over the {@link Observations}: the
 * definition ("Value of a unit" in DESIGN.md). It remembers what it computed, since a parent's value
 * reads its children's again for every month; the observations must not change meanwhile.
 */
public final class ObservedYearToDate implements YearToDate {

	private static final MathContext DECIMAL = MathContext.DECIMAL64;

	private final Observations observations;

	private final Map<Key, BigDecimal> toDate = new HashMap<>();

	private final Map<Key, SortedMap<Integer, BigDecimal>> monthly = new HashMap<>();

	public ObservedYearToDate(Observations observations) {
		this.observations = Objects.requireNonNull(observations, "observations");
	}

	/**
	 * A unit's series: for the months before it was formed, its predecessors'; from then on its
	 * own values, or where it has none its children's. A unit without a predecessor's month keeps
	 * the plain rule: its own values, else its children's year to date.
	 */
	@Override
	public BigDecimal rawToDate(IndicatorRule indicator, String unit, int year, int month, TimeAggregation time) {
		Key key = new Key(indicator.code(), unit, year, month, time);
		if (this.toDate.containsKey(key)) {
			return this.toDate.get(key);
		}
		BigDecimal value = unitToDate(indicator, unit, year, month, time);
		this.toDate.put(key, value);
		return value;
	}

	private BigDecimal unitToDate(IndicatorRule indicator, String unit, int year, int month, TimeAggregation time) {
		int first = firstMonth(unit, year);
		SortedMap<Integer, BigDecimal> series = inherited(indicator, unit, year, Math.min(month, first - 1));
		if (series.isEmpty()) {
			SortedMap<Integer, BigDecimal> own = entered(indicator.code(), unit, year, 1, month);
			return !own.isEmpty() ? overMonths(time, own) : fromChildren(indicator, unit, year, month, time);
		}
		if (month >= first) {
			series.putAll(sinceFormed(indicator, unit, year, first, month));
		}
		return overMonths(time, series);
	}

	/** The first month of {@code year} in which {@code unit} holds its own figures: 1..12, or 13 when it is formed later. */
	private int firstMonth(String unit, int year) {
		YearMonth formed = this.observations.firstMonth(unit);
		if (formed == null || formed.getYear() < year) {
			return 1;
		}
		return (formed.getYear() > year) ? 13 : formed.getMonthValue();
	}

	/** The unit's value of each month from 1 to {@code month}, as a successor or a parent reads it. */
	private SortedMap<Integer, BigDecimal> monthly(IndicatorRule indicator, String unit, int year, int month) {
		Key key = new Key(indicator.code(), unit, year, month, null);
		SortedMap<Integer, BigDecimal> series = this.monthly.get(key);
		if (series == null) {
			series = Collections.unmodifiableSortedMap(unitMonthly(indicator, unit, year, month));
			this.monthly.put(key, series);
		}
		return series;
	}

	private SortedMap<Integer, BigDecimal> unitMonthly(IndicatorRule indicator, String unit, int year, int month) {
		int first = firstMonth(unit, year);
		SortedMap<Integer, BigDecimal> series = inherited(indicator, unit, year, Math.min(month, first - 1));
		if (month >= first) {
			series.putAll(sinceFormed(indicator, unit, year, first, month));
		}
		return series;
	}

	/** Months {@code first}..{@code month}: the unit's own values, or where it has none its children's. */
	private SortedMap<Integer, BigDecimal> sinceFormed(IndicatorRule indicator, String unit, int year, int first,
			int month) {
		SortedMap<Integer, BigDecimal> own = entered(indicator.code(), unit, year, first, month);
		if (!own.isEmpty() || indicator.spaceAggregation() == SpaceAggregation.NONE) {
			return own;
		}
		Map<Integer, List<BigDecimal>> byMonth = new TreeMap<>();
		for (String child : this.observations.children(unit)) {
			monthly(indicator, child, year, month).tailMap(first)
				.forEach((entered, value) -> byMonth.computeIfAbsent(entered, (key) -> new ArrayList<>()).add(value));
		}
		SortedMap<Integer, BigDecimal> series = new TreeMap<>();
		byMonth.forEach((entered, values) -> series.put(entered,
				(indicator.spaceAggregation() == SpaceAggregation.SUM) ? sum(values) : mean(values)));
		return series;
	}

	/**
	 * Months 1..{@code lastMonth} from the predecessors, month by month: Σ w·v for a sum, otherwise
	 * the weighted mean Σ w·v / Σ w over the predecessors with a value that month.
	 */
	private SortedMap<Integer, BigDecimal> inherited(IndicatorRule indicator, String unit, int year, int lastMonth) {
		SortedMap<Integer, BigDecimal> weighted = new TreeMap<>();
		Map<Integer, BigDecimal> weights = new HashMap<>();
		if (lastMonth < 1) {
			return weighted;
		}
		for (WeightedUnit predecessor : this.observations.predecessors(unit)) {
			monthly(indicator, predecessor.unit(), year, lastMonth).forEach((entered, value) -> {
				weighted.merge(entered, predecessor.weight().multiply(value), BigDecimal::add);
				weights.merge(entered, predecessor.weight(), BigDecimal::add);
			});
		}
		if (indicator.spaceAggregation() != SpaceAggregation.SUM) {
			weighted.replaceAll((entered, value) -> (weights.get(entered).signum() != 0)
					? value.divide(weights.get(entered), DECIMAL) : null);
			weighted.values().removeIf(Objects::isNull);
		}
		return weighted;
	}

	/** The entered values of months {@code from}..{@code to}. */
	private SortedMap<Integer, BigDecimal> entered(String indicator, String unit, int year, int from, int to) {
		SortedMap<Integer, BigDecimal> months = new TreeMap<>();
		this.observations.entered(indicator, unit, year).forEach((entered, value) -> {
			if (entered >= from && entered <= to && value != null) {
				months.put(entered, value);
			}
		});
		return months;
	}

	private static BigDecimal overMonths(TimeAggregation time, SortedMap<Integer, BigDecimal> months) {
		return time.over(months);
	}

	private BigDecimal fromChildren(IndicatorRule indicator, String unit, int year, int month, TimeAggregation time) {
		if (indicator.spaceAggregation() == SpaceAggregation.NONE) {
			return null;
		}
		List<BigDecimal> values = new ArrayList<>();
		for (String child : this.observations.children(unit)) {
			BigDecimal value = rawToDate(indicator, child, year, month, time);
			if (value != null) {
				values.add(value);
			}
		}
		if (values.isEmpty()) {
			return null;
		}
		return (indicator.spaceAggregation() == SpaceAggregation.SUM) ? sum(values) : mean(values);
	}

	private static BigDecimal sum(Iterable<BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			sum = sum.add(value);
		}
		return sum;
	}

	private static BigDecimal mean(Collection<BigDecimal> values) {
		return sum(values).divide(BigDecimal.valueOf(values.size()), DECIMAL);
	}

	private record Key(String indicator, String unit, int year, int month, TimeAggregation time) {
	}

}

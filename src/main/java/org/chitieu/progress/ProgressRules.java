package org.chitieu.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.chitieu.indicator.IndicatorKind;
import org.chitieu.indicator.TimeAggregation;

/**
 * The progress rules ("Progress rules" in DESIGN.md): an indicator's value to date at an org
 * unit, what its target's schedule expects by then, its status, and how it compares with last
 * year.
 * <p>
 * Pure: it reads only the catalogue and the {@link Observations} it is given, never a clock or
 * a database. Numbers are {@link BigDecimal} and every division uses
 * {@link MathContext#DECIMAL64}, as {@link org.chitieu.indicator.Formula} does. A value that
 * cannot be computed is {@code null}, never NaN.
 */
public final class ProgressRules {

	private static final MathContext DECIMAL = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	/** Each indicator by its own time aggregation: the value to date. */
	private static final Function<IndicatorRule, TimeAggregation> OWN_AGGREGATION = IndicatorRule::timeAggregation;

	/** Every indicator summed over the months: last year's seasonal profile. */
	private static final Function<IndicatorRule, TimeAggregation> MONTHS_SUMMED = (indicator) -> TimeAggregation.SUM;

	private final Function<String, IndicatorRule> catalogue;

	private final YearToDate yearToDate;

	/**
	 * @param catalogue indicator code → rule, {@code null} for an unknown code
	 * @param yearToDate the raw indicators' values to date the rules build on
	 */
	public ProgressRules(Function<String, IndicatorRule> catalogue, YearToDate yearToDate) {
		this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
		this.yearToDate = Objects.requireNonNull(yearToDate, "yearToDate");
	}

	/** The rules over the observations themselves: the definition. */
	public ProgressRules(Function<String, IndicatorRule> catalogue, Observations observations) {
		this(catalogue, new ObservedYearToDate(observations));
	}

	public ProgressRules(Map<String, IndicatorRule> catalogue, Observations observations) {
		this(Map.copyOf(catalogue)::get, observations);
	}

	/** A(m): the value of {@code indicator} at {@code unit} from January to {@code month}; {@code null} when none. */
	public BigDecimal actualToDate(String indicator, String unit, int year, int month) {
		return actualToDate(indicator(indicator), unit, year, checkMonth(month));
	}

	/** E(m): what the target's schedule expects by {@code month}. Never {@code null}. */
	public BigDecimal expectedToDate(IndicatorRule indicator, TargetRule target, String unit, int year, int month) {
		checkMonth(month);
		BigDecimal value = target.value();
		return switch (target.scheduleFor(indicator.timeAggregation())) {
			case EVEN -> even(value, month);
			case SEASONAL -> seasonal(value, lastYearProfile(indicator, unit, year, month), month);
			case CUSTOM -> custom(target, customStart(indicator, unit, year), month);
			case LINEAR -> linear(value, lastDecember(indicator, unit, year), month);
			case FLAT -> value;
		};
	}

	/** The indicator at {@code unit} at the reporting month {@code period}, against {@code target}. */
	public Evaluation evaluate(String indicator, TargetRule target, String unit, YearMonth period) {
		IndicatorRule rule = indicator(indicator);
		int year = period.getYear();
		int month = period.getMonthValue();
		BigDecimal actual = actualToDate(rule, unit, year, month);
		BigDecimal expected = expectedToDate(rule, target, unit, year, month);
		BigDecimal lastYear = actualToDate(rule, unit, year - 1, month);
		return new Evaluation(target.value(), expected, actual, Status.of(rule, month, actual, target.value(), expected),
				lastYear, delta(actual, lastYear), deltaPercent(actual, lastYear), percentOfPlan(actual, target.value()),
				projection(rule, unit, year, month, actual));
	}

	/** Months 1..12 for a chart: A (up to the reporting month), E and last year's A. */
	public List<MonthPoint> series(String indicator, TargetRule target, String unit, YearMonth period) {
		IndicatorRule rule = indicator(indicator);
		int year = period.getYear();
		List<MonthPoint> points = new ArrayList<>(12);
		for (int month = 1; month <= 12; month++) {
			BigDecimal actual = (month <= period.getMonthValue()) ? actualToDate(rule, unit, year, month) : null;
			points.add(new MonthPoint(month, actual, expectedToDate(rule, target, unit, year, month),
					actualToDate(rule, unit, year - 1, month)));
		}
		return List.copyOf(points);
	}

	// Expected to date, one function per schedule

	private static BigDecimal even(BigDecimal target, int month) {
		return target.multiply(BigDecimal.valueOf(month)).divide(TWELVE, DECIMAL);
	}

	/** T·(last year's Σ 1..m)/(last year's Σ 1..12); EVEN without last year's profile. */
	private static BigDecimal seasonal(BigDecimal target, Profile lastYear, int month) {
		return lastYear.hasTotal() ? lastYear.partOf(target) : even(target, month);
	}

	/**
	 * Planned cumulative values, interpolated linearly between the planned months, from
	 * {@code start} at month 0 to T at month 12 unless month 12 is planned.
	 */
	private static BigDecimal custom(TargetRule target, BigDecimal start, int month) {
		TreeMap<Integer, BigDecimal> points = new TreeMap<>(target.planned());
		points.put(0, start);
		points.putIfAbsent(12, target.value());
		Map.Entry<Integer, BigDecimal> before = points.floorEntry(month);
		Map.Entry<Integer, BigDecimal> after = points.ceilingEntry(month);
		if (before.getKey().equals(after.getKey())) {
			return before.getValue();
		}
		BigDecimal rise = after.getValue().subtract(before.getValue()).multiply(BigDecimal.valueOf(month - before.getKey()));
		return before.getValue().add(rise.divide(BigDecimal.valueOf(after.getKey() - before.getKey()), DECIMAL));
	}

	/** A level starts the year where it ended last year; a flow starts from 0. */
	private BigDecimal customStart(IndicatorRule indicator, String unit, int year) {
		if (indicator.timeAggregation() != TimeAggregation.LAST) {
			return BigDecimal.ZERO;
		}
		BigDecimal lastDecember = lastDecember(indicator, unit, year);
		return (lastDecember != null) ? lastDecember : BigDecimal.ZERO;
	}

	/** B + (T−B)·m/12 from last year's December value B; FLAT without it. */
	private static BigDecimal linear(BigDecimal target, BigDecimal lastDecember, int month) {
		if (lastDecember == null) {
			return target;
		}
		return lastDecember.add(even(target.subtract(lastDecember), month));
	}

	/** B = A(Y−1, 12). */
	private BigDecimal lastDecember(IndicatorRule indicator, String unit, int year) {
		return actualToDate(indicator, unit, year - 1, 12);
	}

	/**
	 * Last year's Σ 1..m and Σ 1..12, summing the months whatever the time aggregation. For a
	 * computed indicator both are its formula over its components' sums: a simple stand-in for
	 * a monthly profile of the formula itself.
	 */
	private Profile lastYearProfile(IndicatorRule indicator, String unit, int year, int month) {
		return new Profile(toDate(indicator, unit, year - 1, month, MONTHS_SUMMED),
				toDate(indicator, unit, year - 1, 12, MONTHS_SUMMED));
	}

	/** How much of a year's flow came by month m; months without data count 0. */
	private record Profile(BigDecimal toDate, BigDecimal total) {

		boolean hasTotal() {
			return this.total != null && this.total.signum() != 0;
		}

		boolean hasShare() {
			return hasTotal() && this.toDate != null && this.toDate.signum() != 0;
		}

		/** value · (Σ 1..m)/(Σ 1..12), multiplied first to keep exact results exact. */
		BigDecimal partOf(BigDecimal value) {
			return (this.toDate != null) ? value.multiply(this.toDate).divide(this.total, DECIMAL) : BigDecimal.ZERO;
		}

		/** The whole of which {@code part} is the share by month m. */
		BigDecimal wholeOf(BigDecimal part) {
			return part.multiply(this.total).divide(this.toDate, DECIMAL);
		}

	}

	// Comparisons

	private static BigDecimal delta(BigDecimal actual, BigDecimal lastYear) {
		return (actual != null && lastYear != null) ? actual.subtract(lastYear) : null;
	}

	private static BigDecimal deltaPercent(BigDecimal actual, BigDecimal lastYear) {
		if (actual == null || lastYear == null || lastYear.signum() == 0) {
			return null;
		}
		// 100·(A/L − 1), written as 100·(A − L)/L so that exact results stay exact
		return HUNDRED.multiply(actual.subtract(lastYear)).divide(lastYear, DECIMAL);
	}

	private static BigDecimal percentOfPlan(BigDecimal actual, BigDecimal target) {
		if (actual == null || target.signum() == 0) {
			return null;
		}
		return HUNDRED.multiply(actual).divide(target, DECIMAL);
	}

	/**
	 * A flow reaches A ÷ (last year's share of the year by m), or A·12/m without that share; a
	 * level or average is taken to stay where it is.
	 */
	private BigDecimal projection(IndicatorRule indicator, String unit, int year, int month, BigDecimal actual) {
		if (actual == null || indicator.timeAggregation() != TimeAggregation.SUM) {
			return actual;
		}
		Profile lastYear = lastYearProfile(indicator, unit, year, month);
		return lastYear.hasShare() ? lastYear.wholeOf(actual)
				: actual.multiply(TWELVE).divide(BigDecimal.valueOf(month), DECIMAL);
	}

	// Value of a unit

	private BigDecimal actualToDate(IndicatorRule indicator, String unit, int year, int month) {
		return toDate(indicator, unit, year, month, OWN_AGGREGATION);
	}

	/** A computed indicator is its formula over its components' values: a rate of sums, not a sum of rates. */
	private BigDecimal toDate(IndicatorRule indicator, String unit, int year, int month,
			Function<IndicatorRule, TimeAggregation> aggregation) {
		if (indicator.kind() == IndicatorKind.RAW) {
			return this.yearToDate.rawToDate(indicator, unit, year, month, aggregation.apply(indicator));
		}
		Map<String, BigDecimal> components = new HashMap<>();
		for (String component : indicator.formula().components()) {
			components.put(component, toDate(indicator(component), unit, year, month, aggregation));
		}
		return indicator.formula().evaluate(components);
	}

	private IndicatorRule indicator(String code) {
		IndicatorRule indicator = this.catalogue.apply(code);
		if (indicator == null) {
			throw new IllegalArgumentException("unknown indicator " + code);
		}
		return indicator;
	}

	private static int checkMonth(int month) {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("month must be 1 to 12: " + month);
		}
		return month;
	}

}

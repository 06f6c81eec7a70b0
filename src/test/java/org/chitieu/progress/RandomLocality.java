package org.chitieu.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.plan.Schedule;

/**
 * A random locality for the rollup property tests: a tree of up to four levels below a root, some
 * units formed within 2024 or 2025 from weighted shares of units that end the day before (under
 * the same parent), a raw indicator for every time and space aggregation, two computed ones, and
 * monthly values of 2024 and 2025 with months missing, at leaves and at some parents too. Every code
 * starts with {@code prefix}, so a locality can be posted beside the demo.
 */
public record RandomLocality(String prefix, List<Unit> units, List<Succession> successions,
		Map<String, IndicatorRule> indicators, List<Value> values, Map<String, TargetRule> targets) {

	public static final int YEAR = 2025;

	/** Localities of depth 2 to 4; {@code prefix} goes before every code. */
	public static Arbitrary<RandomLocality> arbitrary(String prefix) {
		return Combinators
			.combine(Arbitraries.integers().between(2, 4), Arbitraries.integers().between(1, 3),
					Arbitraries.integers().between(0, 90), Arbitraries.longs().withoutEdgeCases())
			.as((depth, fanOut, missingPercent, seed) -> generate(prefix, depth, fanOut, missingPercent, new Random(seed)));
	}

	/** A unit; {@code validFrom}/{@code validTo} are {@code null} for a unit that has always been there. */
	public record Unit(String code, String parent, LocalDate validFrom, LocalDate validTo) {

		public boolean validOn(LocalDate day) {
			return (this.validFrom == null || !this.validFrom.isAfter(day))
					&& (this.validTo == null || !this.validTo.isBefore(day));
		}

		/** The day, or the nearest day of the unit's validity, as {@code OrgUnit} has it. */
		LocalDate nearestValidDay(LocalDate day) {
			if (this.validTo != null && this.validTo.isBefore(day)) {
				return this.validTo;
			}
			return (this.validFrom != null && this.validFrom.isAfter(day)) ? this.validFrom : day;
		}

		boolean takesFigures(YearMonth month) {
			return (this.validFrom == null || !month.atEndOfMonth().isBefore(this.validFrom))
					&& (this.validTo == null || !month.atDay(1).isAfter(this.validTo));
		}

	}

	public record Succession(String from, String to, BigDecimal weight) {
	}

	public record Value(String indicator, String unit, YearMonth month, BigDecimal value) {
	}

	/**
	 * What the rules read when reporting for {@code period}: the tree on today's boundaries (each
	 * parent's children on the period's last day, or on the nearest day of the parent's validity),
	 * births, successions and every value.
	 */
	public Observations observations(YearMonth period) {
		InMemoryObservations.Builder observations = InMemoryObservations.builder();
		LocalDate day = period.atEndOfMonth();
		Map<String, Unit> byCode = new LinkedHashMap<>();
		this.units.forEach(unit -> byCode.put(unit.code(), unit));
		this.units.stream()
			.filter(unit -> unit.parent() != null && unit.validOn(byCode.get(unit.parent()).nearestValidDay(day)))
			.forEach(unit -> observations.child(unit.parent(), unit.code()));
		this.units.stream()
			.filter(unit -> unit.validFrom() != null)
			.forEach(unit -> observations.firstMonth(unit.code(), YearMonth.from(unit.validFrom())));
		this.successions.forEach(s -> observations.succession(s.from(), s.to(), s.weight()));
		this.values.forEach(v -> observations.value(v.indicator(), v.unit(), v.month().getYear(),
				v.month().getMonthValue(), v.value()));
		return observations.build();
	}

	/** The evaluation with every number in its plainest form, to compare numbers whatever their scale. */
	public static Evaluation plain(Evaluation evaluation) {
		return new Evaluation(plain(evaluation.target()), plain(evaluation.expected()), plain(evaluation.actual()),
				evaluation.status(), plain(evaluation.lastYear()), plain(evaluation.delta()),
				plain(evaluation.deltaPercent()), plain(evaluation.percentOfPlan()), plain(evaluation.projection()));
	}

	public static List<MonthPoint> plain(List<MonthPoint> series) {
		return series.stream()
			.map(point -> new MonthPoint(point.month(), plain(point.actual()), plain(point.expected()),
					plain(point.lastYear())))
			.toList();
	}

	private static BigDecimal plain(BigDecimal value) {
		return (value == null) ? null : value.stripTrailingZeros();
	}

	public List<String> codes() {
		return this.units.stream().map(Unit::code).toList();
	}

	/** The indicators' codes, raw ones first. */
	public List<String> rawIndicators() {
		return this.indicators.values().stream().filter(i -> i.formula() == null).map(IndicatorRule::code).toList();
	}

	/** A locality drawn from {@code random}: for a test that cannot be a property (one that needs Spring). */
	public static RandomLocality generate(String prefix, int depth, int fanOut, int missingPercent, Random random) {
		List<Unit> units = new ArrayList<>();
		List<Succession> successions = new ArrayList<>();
		String root = prefix + "R";
		units.add(new Unit(root, null, null, null));
		List<String> parents = List.of(root);
		for (int level = 1; level < depth; level++) {
			List<String> next = new ArrayList<>();
			for (String parent : parents) {
				int children = (parent.equals(root) ? 1 : 0) + random.nextInt(fanOut + 1);
				for (int c = 0; c < children; c++) {
					String code = parent + "-" + c;
					next.add(code);
					if (random.nextInt(4) == 0) {
						form(code, parent, units, successions, random);
					}
					else {
						units.add(new Unit(code, parent, null, null));
					}
				}
			}
			parents = next;
		}
		Map<String, IndicatorRule> indicators = new LinkedHashMap<>();
		for (TimeAggregation time : TimeAggregation.values()) {
			for (SpaceAggregation space : SpaceAggregation.values()) {
				String code = prefix + time + "_" + space;
				indicators.put(code, IndicatorRule.raw(code, time, space, random.nextBoolean() ? Polarity.HIGHER
						: Polarity.LOWER).withTolerance(random.nextBoolean() ? new BigDecimal("0.05") : null));
			}
		}
		String rate = prefix + "RATE";
		indicators.put(rate, IndicatorRule.computed(rate, "100 * #{" + prefix + "SUM_SUM} / #{" + prefix + "SUM_AVERAGE}",
				TimeAggregation.LAST, Polarity.HIGHER));
		String mixed = prefix + "MIXED";
		indicators.put(mixed, IndicatorRule.computed(mixed,
				"#{" + prefix + "AVERAGE_AVERAGE} + #{" + prefix + "SUM_NONE} - #{" + prefix + "LAST_SUM}",
				TimeAggregation.SUM, Polarity.LOWER));
		List<Value> values = new ArrayList<>();
		for (Unit unit : units) {
			boolean leaf = units.stream().noneMatch(other -> unit.code().equals(other.parent()));
			// parents enter figures of their own now and then, leaves mostly
			if (!leaf && random.nextInt(3) != 0) {
				continue;
			}
			for (String indicator : indicators.keySet()) {
				if (indicators.get(indicator).formula() != null) {
					continue;
				}
				for (YearMonth month = YearMonth.of(YEAR - 1, 1); month.getYear() <= YEAR; month = month.plusMonths(1)) {
					if (unit.takesFigures(month) && random.nextInt(100) >= missingPercent) {
						values.add(new Value(indicator, unit.code(), month,
								BigDecimal.valueOf(random.nextInt(2000), random.nextInt(2))));
					}
				}
			}
		}
		Map<String, TargetRule> targets = new LinkedHashMap<>();
		Schedule[] schedules = Schedule.values();
		for (String indicator : indicators.keySet()) {
			Schedule schedule = schedules[random.nextInt(schedules.length)];
			SortedMap<Integer, BigDecimal> planned = new TreeMap<>();
			if (schedule == Schedule.CUSTOM) {
				planned.put(6, BigDecimal.valueOf(random.nextInt(5000)));
			}
			targets.put(indicator, new TargetRule(BigDecimal.valueOf(1 + random.nextInt(20000)), schedule, planned));
		}
		return new RandomLocality(prefix, List.copyOf(units), List.copyOf(successions), indicators, values, targets);
	}

	/**
	 * {@code code} formed in a month of 2024 or 2025 from one or two predecessors under the same
	 * parent, which end the day before; a predecessor may split between {@code code} and a sibling.
	 */
	private static void form(String code, String parent, List<Unit> units, List<Succession> successions,
			Random random) {
		LocalDate formed = LocalDate.of(YEAR - random.nextInt(2), 2 + random.nextInt(11), 1);
		units.add(new Unit(code, parent, formed, null));
		int predecessors = 1 + random.nextInt(2);
		for (int p = 0; p < predecessors; p++) {
			String old = code + "-OLD" + p;
			units.add(new Unit(old, parent, null, formed.minusDays(1)));
			if (random.nextBoolean()) {
				successions.add(new Succession(old, code, BigDecimal.ONE));
			}
			else {
				BigDecimal share = BigDecimal.valueOf(1 + random.nextInt(9), 1);
				String sibling = code + "-SPLIT" + p;
				units.add(new Unit(sibling, parent, formed, null));
				successions.add(new Succession(old, code, share));
				successions.add(new Succession(old, sibling, BigDecimal.ONE.subtract(share)));
			}
		}
	}

}

package org.chitieu.project;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A field of one project's counted reports as monthly values. A flow is the month's own figure; a
 * level (cumulative compensation, households, area) carries the latest reported value forward month
 * by month up to {@code until}, so that a month without a report still counts what was reached.
 */
final class ProjectFigures {

	private ProjectFigures() {
	}

	/**
	 * @param reports one project's counted reports in month order
	 * @param capitalPlan the project's capital plan of a year, {@code null} when it has none
	 */
	static SortedMap<YearMonth, BigDecimal> monthly(List<ProjectReport> reports, ProjectField field, YearMonth until,
			Function<Integer, BigDecimal> capitalPlan) {
		SortedMap<YearMonth, BigDecimal> entered = new TreeMap<>();
		for (ProjectReport report : reports) {
			YearMonth month = YearMonth.of(report.year(), report.month());
			BigDecimal value = (field == ProjectField.CAPITAL_PLAN) ? capitalPlan.apply(report.year())
					: value(report, field);
			if (value != null && !month.isAfter(until)) {
				entered.put(month, value);
			}
		}
		if (!field.level() || entered.isEmpty()) {
			return entered;
		}
		SortedMap<YearMonth, BigDecimal> carried = new TreeMap<>();
		BigDecimal last = null;
		for (YearMonth month = entered.firstKey(); !month.isAfter(until); month = month.plusMonths(1)) {
			if (field == ProjectField.CAPITAL_PLAN) {
				// a year's plan holds for the whole year, whatever month it was reported in
				last = capitalPlan.apply(month.getYear());
			}
			else if (entered.containsKey(month)) {
				last = entered.get(month);
			}
			if (last != null) {
				carried.put(month, last);
			}
		}
		return carried;
	}

	/** Σ over projects of their monthly values, month by month. */
	static SortedMap<YearMonth, BigDecimal> sum(Collection<SortedMap<YearMonth, BigDecimal>> projects) {
		SortedMap<YearMonth, BigDecimal> sums = new TreeMap<>();
		for (Map<YearMonth, BigDecimal> project : projects) {
			project.forEach((month, value) -> sums.merge(month, value, BigDecimal::add));
		}
		return sums;
	}

	static BigDecimal value(ProjectReport report, ProjectField field) {
		return switch (field) {
			case DISBURSED -> report.disbursed();
			case CAPITAL_PLAN -> null;
			case COMPENSATION_APPROVED -> report.compensationApproved();
			case COMPENSATION_PAID -> report.compensationPaid();
			case AFFECTED_HOUSEHOLDS -> decimal(report.affectedHouseholds());
			case AREA_HA -> report.areaHa();
			case HANDED_OVER_HOUSEHOLDS -> decimal(report.handedOverHouseholds());
		};
	}

	private static BigDecimal decimal(Integer value) {
		return value == null ? null : BigDecimal.valueOf(value);
	}

}

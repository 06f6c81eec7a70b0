package org.chitieu.progress;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.plan.Schedule;

import static org.chitieu.progress.TestIndicators.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Units born or ended within a year" (DESIGN.md), worked by hand on a small 2025 reorganisation:
 * old communes OLD-A and OLD-S (province OLD-P1) and OLD-C, OLD-D (province OLD-P2) end on
 * 30/6/2025; on 1/7/2025 NEW-1 takes OLD-A whole and half of OLD-S, NEW-2 the other half of
 * OLD-S, NEW-3 takes OLD-C, and the province NEW-P is formed from OLD-P1 and OLD-C (OLD-D goes
 * elsewhere).
 */
class UnitsFormedWithinAYearTests {

	/** Households with clean water: a level counted in households, summed over units. */
	private static final IndicatorRule WATER = IndicatorRule.raw("WATER", TimeAggregation.LAST, SpaceAggregation.SUM,
			Polarity.HIGHER);

	private static final YearMonth FORMED = YearMonth.of(2025, 7);

	@Test
	void a_commune_formed_on_1_july_counts_its_predecessors_january_to_june_in_its_year_to_date() {
		ProgressRules rules = rules(rice());

		// January–June: OLD-A 1.100 + 0,5 · OLD-S 280; then its own July–September 400 + 100 + 50
		assertThat(rules.actualToDate("RICE", "NEW-1", 2025, 9)).isEqualByComparingTo("1790");
		assertThat(rules.actualToDate("RICE", "NEW-1", 2025, 7)).isEqualByComparingTo("1640");
	}

	@Test
	void a_split_commune_passes_each_share_of_its_months_to_each_successor() {
		ProgressRules rules = rules(rice());

		assertThat(rules.actualToDate("RICE", "NEW-1", 2025, 6)).isEqualByComparingTo("1240");
		assertThat(rules.actualToDate("RICE", "NEW-2", 2025, 6)).isEqualByComparingTo("140");
	}

	@Test
	void a_new_commune_that_has_not_reported_yet_keeps_its_predecessors_months() {
		ProgressRules rules = rules(rice());

		assertThat(rules.actualToDate("RICE", "NEW-2", 2025, 9)).isEqualByComparingTo("140");
	}

	@Test
	void a_month_one_predecessor_missed_counts_the_others() {
		ProgressRules rules = rules(rice());

		// February: OLD-S reported nothing, OLD-A 0; April: OLD-A reported nothing, OLD-S 0
		assertThat(rules.actualToDate("RICE", "NEW-1", 2025, 2)).isEqualByComparingTo("120");
		assertThat(rules.actualToDate("RICE", "NEW-1", 2025, 4)).isEqualByComparingTo("360");
	}

	@Test
	void a_province_formed_from_units_of_two_old_provinces_counts_only_what_passed_to_it() {
		ProgressRules rules = rules(rice());

		// January–June: OLD-P1's communes 1.100 + 280 and OLD-C 100, not OLD-D's 999;
		// July–September: NEW-1 550, NEW-2 nothing, NEW-3 60
		assertThat(rules.actualToDate("RICE", "NEW-P", 2025, 9)).isEqualByComparingTo("2090");
		// the same as its new communes' year to date: 1.790 + 140 + 160
		assertThat(rules.actualToDate("RICE", "NEW-1", 2025, 9)
			.add(rules.actualToDate("RICE", "NEW-2", 2025, 9))
			.add(rules.actualToDate("RICE", "NEW-3", 2025, 9))).isEqualByComparingTo("2090");
	}

	@Test
	void the_year_after_the_merger_compares_with_a_last_year_that_counts_the_predecessors() {
		ProgressRules rules = rules(rice().values("RICE", "NEW-1", 2026, "0", "500", "300", "0", "400"));

		// 2025 to May: OLD-A 800 + 0,5 · OLD-S 220; the whole of 2025: 1.240 + 1.160 = 2.400
		Evaluation may = rules.evaluate("RICE", TargetRule.of("3000", Schedule.SEASONAL), "NEW-1", YearMonth.of(2026, 5));

		assertThat(may.actual()).isEqualByComparingTo("1200");
		assertThat(may.lastYear()).isEqualByComparingTo("910");
		assertThat(may.expected()).isEqualByComparingTo("1137.5");
		assertThat(may.status()).isEqualTo(Status.ON_TRACK);
		assertThat(may.delta()).isEqualByComparingTo("290");
		assertThat(may.deltaPercent()).isEqualByComparingTo("31.86813186813187");
		assertThat(may.percentOfPlan()).isEqualByComparingTo("40");
		// to November: 1.240 + 400 + 100 + 50 + 0 + 200
		assertThat(rules.actualToDate("RICE", "NEW-1", 2025, 11)).isEqualByComparingTo("1990");
	}

	@Test
	void the_merger_year_compares_with_the_predecessors_last_year() {
		ProgressRules rules = rules(rice().values("RICE", "OLD-A", 2024, "100", "0", "100", "0", "100", "100", "300", "100")
			.values("RICE", "OLD-S", 2024, "20", "0", "20", "0", "20", "20", "100", "20"));

		Evaluation september = rules.evaluate("RICE", TargetRule.of("2400", Schedule.EVEN), "NEW-1", YearMonth.of(2025, 9));

		// 2024 to September: OLD-A 800 + 0,5 · OLD-S 200
		assertThat(september.lastYear()).isEqualByComparingTo("900");
		assertThat(september.actual()).isEqualByComparingTo("1790");
		assertThat(september.expected()).isEqualByComparingTo("1800");
		assertThat(september.status()).isEqualTo(Status.BEHIND);
	}

	@Test
	void a_level_averaged_over_units_takes_the_predecessors_weighted_mean_until_the_new_unit_reports() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD-A", "NEW-1", "1", "2025-07")
			.succession("OLD-S", "NEW-1", "0.5", "2025-07")
			.value("POVERTY", "OLD-A", 2025, 3, "4")
			.value("POVERTY", "OLD-A", 2025, 6, "3")
			.value("POVERTY", "OLD-S", 2025, 3, "6")
			.value("POVERTY", "OLD-S", 2025, 6, "6")
			.value("POVERTY", "NEW-1", 2025, 9, "3.2"));

		// June: (1 · 3 + 0,5 · 6) / 1,5
		assertThat(rules.actualToDate("POVERTY", "NEW-1", 2025, 8)).isEqualByComparingTo("4");
		assertThat(rules.actualToDate("POVERTY", "NEW-1", 2025, 9)).isEqualByComparingTo("3.2");
		// LINEAR starts 2026 from December 2025: 3,2 + (2 − 3,2) · 3/12
		assertThat(rules.expectedToDate(TestIndicators.POVERTY, TargetRule.of("2"), "NEW-1", 2026, 3))
			.isEqualByComparingTo("2.9");
	}

	@Test
	void a_level_summed_over_units_takes_each_predecessors_share() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD-A", "NEW-1", "1", "2025-07")
			.succession("OLD-S", "NEW-1", "0.5", "2025-07")
			.succession("OLD-S", "NEW-2", "0.5", "2025-07")
			.value("WATER", "OLD-A", 2025, 6, "800")
			.value("WATER", "OLD-S", 2025, 6, "300")
			.value("WATER", "NEW-1", 2025, 9, "1000"));

		assertThat(rules.actualToDate("WATER", "NEW-1", 2025, 8)).isEqualByComparingTo("950");
		assertThat(rules.actualToDate("WATER", "NEW-2", 2025, 8)).isEqualByComparingTo("150");
		assertThat(rules.actualToDate("WATER", "NEW-1", 2025, 9)).isEqualByComparingTo("1000");
	}

	@Test
	void a_computed_rate_across_the_merger_is_the_rate_of_the_sums() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD-A", "NEW-1", "1", "2025-07")
			.succession("OLD-S", "NEW-1", "0.5", "2025-07")
			.value("DOSSIERS_ONLINE", "OLD-A", 2025, 3, "90")
			.value("DOSSIERS", "OLD-A", 2025, 3, "100")
			.value("DOSSIERS_ONLINE", "OLD-S", 2025, 3, "40")
			.value("DOSSIERS", "OLD-S", 2025, 3, "60")
			.value("DOSSIERS_ONLINE", "NEW-1", 2025, 8, "70")
			.value("DOSSIERS", "NEW-1", 2025, 8, "70"));

		// 100 · (90 + 20 + 70) / (100 + 30 + 70); a mean of the three rates would give about 85,6
		assertThat(rules.actualToDate("ONLINE_RATE", "NEW-1", 2025, 9)).isEqualByComparingTo("90");
	}

	/**
	 * Rice by month. OLD-A: 100, 0, 200, –, 500, 300 (1.100); OLD-S: 40, –, 80, 0, 100, 60 (280);
	 * OLD-C: 30, 0, 70 (100); OLD-D: 999. NEW-1 from July: 400, 100, 50, 0, 200, 410 (1.160);
	 * NEW-3: 20, 20, 20; NEW-2 has not reported.
	 */
	private static InMemoryObservations.Builder rice() {
		return InMemoryObservations.builder()
			.child("OLD-P1", "OLD-A")
			.child("OLD-P1", "OLD-S")
			.child("OLD-P2", "OLD-C")
			.child("OLD-P2", "OLD-D")
			.child("NEW-P", "NEW-1")
			.child("NEW-P", "NEW-2")
			.child("NEW-P", "NEW-3")
			.succession("OLD-A", "NEW-1", "1", "2025-07")
			.succession("OLD-S", "NEW-1", "0.5", "2025-07")
			.succession("OLD-S", "NEW-2", "0.5", "2025-07")
			.succession("OLD-C", "NEW-3", "1", "2025-07")
			.succession("OLD-P1", "NEW-P", "1", "2025-07")
			.succession("OLD-C", "NEW-P", "1", "2025-07")
			.values("RICE", "OLD-A", 2025, "100", "0", "200")
			.value("RICE", "OLD-A", 2025, 5, "500")
			.value("RICE", "OLD-A", 2025, 6, "300")
			.value("RICE", "OLD-S", 2025, 1, "40")
			.value("RICE", "OLD-S", 2025, 3, "80")
			.value("RICE", "OLD-S", 2025, 4, "0")
			.value("RICE", "OLD-S", 2025, 5, "100")
			.value("RICE", "OLD-S", 2025, 6, "60")
			.values("RICE", "OLD-C", 2025, "30", "0", "70")
			.value("RICE", "OLD-D", 2025, 1, "999")
			.value("RICE", "NEW-1", 2025, 7, "400")
			.value("RICE", "NEW-1", 2025, 8, "100")
			.value("RICE", "NEW-1", 2025, 9, "50")
			.value("RICE", "NEW-1", 2025, 10, "0")
			.value("RICE", "NEW-1", 2025, 11, "200")
			.value("RICE", "NEW-1", 2025, 12, "410")
			.value("RICE", "NEW-3", 2025, 7, "20")
			.value("RICE", "NEW-3", 2025, 8, "20")
			.value("RICE", "NEW-3", 2025, 9, "20");
	}

	private static ProgressRules rules(InMemoryObservations.Builder observations) {
		Map<String, IndicatorRule> catalogue = new HashMap<>(CATALOGUE);
		catalogue.put(WATER.code(), WATER);
		return new ProgressRules(catalogue, observations.build());
	}

}

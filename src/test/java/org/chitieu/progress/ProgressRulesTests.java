package org.chitieu.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.chitieu.indicator.Formula;
import org.chitieu.indicator.IndicatorKind;
import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.plan.Schedule;

import static org.chitieu.progress.TestIndicators.CATALOGUE;
import static org.chitieu.progress.TestIndicators.DOSSIERS;
import static org.chitieu.progress.TestIndicators.DOSSIERS_ONLINE;
import static org.chitieu.progress.TestIndicators.ONLINE_RATE;
import static org.chitieu.progress.TestIndicators.POVERTY;
import static org.chitieu.progress.TestIndicators.RICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

/** An indicator evaluated at a reporting month: against its target and against last year. */
class ProgressRulesTests {

	private static final YearMonth MAY_2024 = YearMonth.of(2024, 5);

	@Test
	void evaluation_brings_target_expected_actual_and_status_together() {
		ProgressRules rules = rules(InMemoryObservations.builder().values("RICE", "CD", 2024, "100", "100", "100",
				"100", "100"));

		Evaluation evaluation = rules.evaluate("RICE", TargetRule.of("1200", Schedule.EVEN), "CD", MAY_2024);

		assertThat(evaluation.target()).isEqualByComparingTo("1200");
		assertThat(evaluation.expected()).isEqualByComparingTo("500");
		assertThat(evaluation.actual()).isEqualByComparingTo("500");
		assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void evaluation_without_data_has_no_data_and_nulls() {
		Evaluation evaluation = rules(InMemoryObservations.builder()).evaluate("RICE", TargetRule.of("1200"), "CD",
				MAY_2024);

		assertThat(evaluation.status()).isEqualTo(Status.NO_DATA);
		assertThat(evaluation.expected()).isEqualByComparingTo("500");
		assertThat(evaluation.actual()).isNull();
		assertThat(evaluation.lastYear()).isNull();
		assertThat(evaluation.delta()).isNull();
		assertThat(evaluation.deltaPercent()).isNull();
		assertThat(evaluation.percentOfPlan()).isNull();
		assertThat(evaluation.projection()).isNull();
	}

	@Test
	void same_period_last_year_is_last_years_value_to_the_same_month() {
		Evaluation evaluation = rules(riceIn2023And2024()).evaluate("RICE", TargetRule.of("1200"), "CD", MAY_2024);

		assertThat(evaluation.lastYear()).isEqualByComparingTo("400");
	}

	@Test
	void delta_is_this_year_minus_last_year() {
		Evaluation evaluation = rules(riceIn2023And2024()).evaluate("RICE", TargetRule.of("1200"), "CD", MAY_2024);

		assertThat(evaluation.delta()).isEqualByComparingTo("100");
		assertThat(evaluation.deltaPercent()).isEqualByComparingTo("25");
	}

	@Test
	void delta_percent_is_negative_when_behind_last_year() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("RICE", "CD", 2023, "300")
			.values("RICE", "CD", 2024, "100"));

		Evaluation evaluation = rules.evaluate("RICE", TargetRule.of("1200"), "CD", YearMonth.of(2024, 1));

		assertThat(evaluation.delta()).isEqualByComparingTo("-200");
		assertThat(evaluation.deltaPercent()).isEqualByComparingTo("-66.66666666666667");
	}

	@Test
	void delta_percent_is_null_when_last_year_is_zero() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("RICE", "CD", 2023, "0")
			.values("RICE", "CD", 2024, "100"));

		Evaluation evaluation = rules.evaluate("RICE", TargetRule.of("1200"), "CD", YearMonth.of(2024, 1));

		assertThat(evaluation.delta()).isEqualByComparingTo("100");
		assertThat(evaluation.deltaPercent()).isNull();
	}

	@Test
	void delta_is_null_without_last_year() {
		ProgressRules rules = rules(InMemoryObservations.builder().values("RICE", "CD", 2024, "100"));

		Evaluation evaluation = rules.evaluate("RICE", TargetRule.of("1200"), "CD", YearMonth.of(2024, 1));

		assertThat(evaluation.lastYear()).isNull();
		assertThat(evaluation.delta()).isNull();
		assertThat(evaluation.deltaPercent()).isNull();
	}

	@Test
	void last_year_is_taken_on_todays_boundaries() {
		// Long Cang (2025) was formed from Long Dinh, Phuoc Van and Long Cang
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("CD-LONG-DINH", "TN-LONG-CANG", "1", "2025-07")
			.succession("CD-PHUOC-VAN", "TN-LONG-CANG", "1", "2025-07")
			.succession("CD-LONG-CANG", "TN-LONG-CANG", "1", "2025-07")
			.values("RICE", "CD-LONG-DINH", 2025, "10")
			.values("RICE", "CD-PHUOC-VAN", 2025, "20")
			.values("RICE", "CD-LONG-CANG", 2025, "30")
			.values("RICE", "TN-LONG-CANG", 2026, "66"));

		Evaluation evaluation = rules.evaluate("RICE", TargetRule.of("1200"), "TN-LONG-CANG", YearMonth.of(2026, 1));

		assertThat(evaluation.lastYear()).isEqualByComparingTo("60");
		assertThat(evaluation.deltaPercent()).isEqualByComparingTo("10");
	}

	@Test
	void last_year_of_a_computed_indicator_is_a_rate_of_last_years_sums() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.values("DOSSIERS_ONLINE", "CD-A", 2023, "9")
			.values("DOSSIERS", "CD-A", 2023, "10")
			.values("DOSSIERS_ONLINE", "CD-B", 2023, "1")
			.values("DOSSIERS", "CD-B", 2023, "90")
			.values("DOSSIERS_ONLINE", "CD", 2024, "97")
			.values("DOSSIERS", "CD", 2024, "100"));

		Evaluation evaluation = rules.evaluate("ONLINE_RATE", TargetRule.of("95"), "CD", YearMonth.of(2024, 1));

		assertThat(evaluation.actual()).isEqualByComparingTo("97");
		assertThat(evaluation.lastYear()).isEqualByComparingTo("10");
		assertThat(evaluation.delta()).isEqualByComparingTo("87");
		assertThat(evaluation.status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void percent_of_plan_is_the_value_to_date_over_the_target() {
		Evaluation evaluation = rules(riceIn2023And2024()).evaluate("RICE", TargetRule.of("1200"), "CD", MAY_2024);

		assertThat(evaluation.percentOfPlan()).isCloseTo(new BigDecimal("41.6667"), within(new BigDecimal("0.0001")));
	}

	@Test
	void percent_of_plan_is_null_when_the_target_is_zero() {
		Evaluation evaluation = rules(riceIn2023And2024()).evaluate("RICE", TargetRule.of("0"), "CD", MAY_2024);

		assertThat(evaluation.percentOfPlan()).isNull();
	}

	@Test
	void projection_of_a_flow_divides_by_last_years_share_of_the_year() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("RICE", "CD", 2023, "100", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "300")
			.values("RICE", "CD", 2024, "120"));

		Evaluation evaluation = rules.evaluate("RICE", TargetRule.of("1200"), "CD", YearMonth.of(2024, 1));

		// last year January was a quarter of the year
		assertThat(evaluation.projection()).isEqualByComparingTo("480");
	}

	@Test
	void projection_of_a_flow_runs_evenly_without_last_year() {
		ProgressRules rules = rules(InMemoryObservations.builder().values("RICE", "CD", 2024, "100", "100", "100"));

		Evaluation evaluation = rules.evaluate("RICE", TargetRule.of("1200"), "CD", YearMonth.of(2024, 3));

		assertThat(evaluation.projection()).isEqualByComparingTo("1200");
	}

	@Test
	void projection_of_a_flow_runs_evenly_when_last_year_had_nothing_by_then() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.value("RICE", "CD", 2023, 12, "500")
			.values("RICE", "CD", 2024, "100"));

		Evaluation evaluation = rules.evaluate("RICE", TargetRule.of("1200"), "CD", YearMonth.of(2024, 1));

		assertThat(evaluation.projection()).isEqualByComparingTo("1200");
	}

	@Test
	void projection_of_a_level_is_the_level() {
		ProgressRules rules = rules(InMemoryObservations.builder().value("POVERTY", "CD", 2024, 2, "4.2"));

		Evaluation evaluation = rules.evaluate("POVERTY", TargetRule.of("3"), "CD", MAY_2024);

		assertThat(evaluation.projection()).isEqualByComparingTo("4.2");
	}

	@Test
	void series_has_twelve_months_with_values_up_to_the_reporting_month() {
		List<MonthPoint> series = rules(riceIn2023And2024()).series("RICE", TargetRule.of("1200", Schedule.EVEN),
				"CD", YearMonth.of(2024, 3));

		assertThat(series).hasSize(12);
		assertThat(series).extracting(MonthPoint::month).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(series.get(2).actual()).isEqualByComparingTo("300");
		assertThat(series.get(3).actual()).isNull();
		assertThat(series.get(2).expected()).isEqualByComparingTo("300");
		assertThat(series.get(11).expected()).isEqualByComparingTo("1200");
		assertThat(series.get(2).lastYear()).isEqualByComparingTo("240");
		assertThat(series.get(11).lastYear()).isEqualByComparingTo("960");
	}

	@Test
	void series_has_no_actual_for_months_without_data() {
		List<MonthPoint> series = rules(InMemoryObservations.builder().value("RICE", "CD", 2024, 2, "10"))
			.series("RICE", TargetRule.of("1200"), "CD", YearMonth.of(2024, 3));

		assertThat(series.get(0).actual()).isNull();
		assertThat(series.get(1).actual()).isEqualByComparingTo("10");
		assertThat(series.get(0).lastYear()).isNull();
	}

	@Test
	void a_target_needs_a_value() {
		assertThatNullPointerException().isThrownBy(() -> new TargetRule(null, Schedule.EVEN, null));
	}

	@Test
	void planned_months_run_from_1_to_12() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TargetRule(BigDecimal.TEN, Schedule.CUSTOM,
				new TreeMap<>(Map.of(13, BigDecimal.ONE))));
		assertThatIllegalArgumentException().isThrownBy(() -> new TargetRule(BigDecimal.TEN, Schedule.CUSTOM,
				new TreeMap<>(Map.of(0, BigDecimal.ONE))));
	}

	@Test
	void a_computed_indicator_needs_a_formula_and_a_raw_one_none() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorRule("X",
				IndicatorKind.COMPUTED, null, TimeAggregation.SUM, SpaceAggregation.SUM,
				Polarity.HIGHER, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorRule("X",
				IndicatorKind.RAW, Formula.parse("#{A}"),
				TimeAggregation.SUM, SpaceAggregation.SUM, Polarity.HIGHER, null));
	}

	/** 80 a month in 2023, 100 a month in 2024 up to May. */
	private static InMemoryObservations.Builder riceIn2023And2024() {
		return InMemoryObservations.builder()
			.values("RICE", "CD", 2023, "80", "80", "80", "80", "80", "80", "80", "80", "80", "80", "80", "80")
			.values("RICE", "CD", 2024, "100", "100", "100", "100", "100");
	}

	private static ProgressRules rules(InMemoryObservations.Builder observations) {
		return new ProgressRules(CATALOGUE, observations.build());
	}

}

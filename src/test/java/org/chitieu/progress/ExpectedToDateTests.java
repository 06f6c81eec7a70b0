package org.chitieu.progress;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.chitieu.plan.Schedule;

import static org.chitieu.progress.TestIndicators.CATALOGUE;
import static org.chitieu.progress.TestIndicators.DOSSIERS;
import static org.chitieu.progress.TestIndicators.DOSSIERS_ONLINE;
import static org.chitieu.progress.TestIndicators.ONLINE_RATE;
import static org.chitieu.progress.TestIndicators.POVERTY;
import static org.chitieu.progress.TestIndicators.PRICE;
import static org.chitieu.progress.TestIndicators.RICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** E(m): how a target is phased over the months. */
class ExpectedToDateTests {

	private static final ProgressRules NO_HISTORY = new ProgressRules(CATALOGUE, InMemoryObservations.builder().build());

	@Test
	void even_schedule_is_a_twelfth_of_the_target_a_month() {
		assertThat(NO_HISTORY.expectedToDate(RICE, TargetRule.of("1200", Schedule.EVEN), "CD", 2024, 5))
			.isEqualByComparingTo("500");
	}

	@Test
	void even_schedule_divides_in_decimal64() {
		assertThat(NO_HISTORY.expectedToDate(RICE, TargetRule.of("100", Schedule.EVEN), "CD", 2024, 1))
			.isEqualByComparingTo("8.333333333333333");
	}

	@Test
	void seasonal_schedule_follows_last_years_months() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("RICE", "CD", 2023, "10", "30", "0", "0", "60", "0", "0", "0", "0", "0", "0", "100"));

		// last year: 100 of 200 by May
		assertThat(rules.expectedToDate(RICE, TargetRule.of("1000", Schedule.SEASONAL), "CD", 2024, 5))
			.isEqualByComparingTo("500");
	}

	@Test
	void seasonal_schedule_counts_months_without_data_as_zero() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.value("RICE", "CD", 2023, 6, "25")
			.value("RICE", "CD", 2023, 12, "75"));

		assertThat(rules.expectedToDate(RICE, TargetRule.of("1000", Schedule.SEASONAL), "CD", 2024, 5))
			.isEqualByComparingTo("0");
		assertThat(rules.expectedToDate(RICE, TargetRule.of("1000", Schedule.SEASONAL), "CD", 2024, 6))
			.isEqualByComparingTo("250");
	}

	@Test
	void seasonal_schedule_falls_back_to_even_when_last_year_has_no_total() {
		assertThat(NO_HISTORY.expectedToDate(RICE, TargetRule.of("1200", Schedule.SEASONAL), "CD", 2024, 3))
			.isEqualByComparingTo("300");
	}

	@Test
	void seasonal_schedule_falls_back_to_even_when_last_years_total_is_zero() {
		ProgressRules rules = rules(InMemoryObservations.builder().values("RICE", "CD", 2023, "0", "0"));

		assertThat(rules.expectedToDate(RICE, TargetRule.of("1200", Schedule.SEASONAL), "CD", 2024, 3))
			.isEqualByComparingTo("300");
	}

	@Test
	void seasonal_schedule_takes_last_year_on_todays_boundaries() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD-A", "NEW", "1", "2024-01")
			.succession("OLD-B", "NEW", "1", "2024-01")
			.values("RICE", "OLD-A", 2023, "30", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "30")
			.values("RICE", "OLD-B", 2023, "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "60"));

		assertThat(rules.expectedToDate(RICE, TargetRule.of("1200", Schedule.SEASONAL), "NEW", 2024, 1))
			.isEqualByComparingTo("300");
	}

	@Test
	void seasonal_schedule_sums_last_years_months_whatever_the_time_aggregation() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("POVERTY", "CD", 2023, "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1"));

		assertThat(rules.expectedToDate(POVERTY, TargetRule.of("1200", Schedule.SEASONAL), "CD", 2024, 3))
			.isEqualByComparingTo("300");
	}

	@Test
	void seasonal_schedule_of_a_computed_indicator_uses_its_formula_over_the_component_sums() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("DOSSIERS_ONLINE", "CD", 2023, "30", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "30")
			.values("DOSSIERS", "CD", 2023, "100", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "20"));

		// January: 100·30/100 = 30; year: 100·60/120 = 50
		assertThat(rules.expectedToDate(ONLINE_RATE, TargetRule.of("80", Schedule.SEASONAL), "CD", 2024, 1))
			.isEqualByComparingTo("48");
	}

	@Test
	void custom_schedule_interpolates_between_planned_months() {
		TargetRule target = custom("90000", Map.of(3, "20000", 6, "45000"));

		assertThat(NO_HISTORY.expectedToDate(RICE, target, "CD", 2024, 3)).isEqualByComparingTo("20000");
		assertThat(NO_HISTORY.expectedToDate(RICE, target, "CD", 2024, 4)).isCloseTo(new BigDecimal("28333.3333"),
				within(new BigDecimal("0.0001")));
		assertThat(NO_HISTORY.expectedToDate(RICE, target, "CD", 2024, 6)).isEqualByComparingTo("45000");
	}

	@Test
	void custom_schedule_starts_from_zero_at_month_zero() {
		TargetRule target = custom("90000", Map.of(3, "30000"));

		assertThat(NO_HISTORY.expectedToDate(RICE, target, "CD", 2024, 1)).isEqualByComparingTo("10000");
	}

	@Test
	void custom_schedule_ends_at_the_target_in_december() {
		TargetRule target = custom("90000", Map.of(6, "60000"));

		assertThat(NO_HISTORY.expectedToDate(RICE, target, "CD", 2024, 9)).isEqualByComparingTo("75000");
		assertThat(NO_HISTORY.expectedToDate(RICE, target, "CD", 2024, 12)).isEqualByComparingTo("90000");
	}

	@Test
	void custom_schedule_keeps_a_planned_december() {
		TargetRule target = custom("90000", Map.of(12, "80000"));

		assertThat(NO_HISTORY.expectedToDate(RICE, target, "CD", 2024, 12)).isEqualByComparingTo("80000");
		assertThat(NO_HISTORY.expectedToDate(RICE, target, "CD", 2024, 6)).isEqualByComparingTo("40000");
	}

	@Test
	void custom_schedule_without_planned_months_runs_evenly_to_the_target() {
		assertThat(NO_HISTORY.expectedToDate(RICE, TargetRule.of("1200", Schedule.CUSTOM), "CD", 2024, 5))
			.isEqualByComparingTo("500");
	}

	@Test
	void custom_schedule_of_a_level_starts_from_last_december() {
		ProgressRules rules = rules(InMemoryObservations.builder().value("POVERTY", "CD", 2023, 12, "6"));
		TargetRule target = custom("4", Map.of(6, "4.5"));

		assertThat(rules.expectedToDate(POVERTY, target, "CD", 2024, 2)).isEqualByComparingTo("5.5");
	}

	@Test
	void custom_schedule_of_a_level_starts_from_zero_without_last_year() {
		TargetRule target = custom("4", Map.of(6, "4.5"));

		assertThat(NO_HISTORY.expectedToDate(POVERTY, target, "CD", 2024, 3)).isEqualByComparingTo("2.25");
	}

	@Test
	void linear_schedule_moves_from_last_december_to_the_target() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.value("POVERTY", "CD", 2023, 11, "9")
			.value("POVERTY", "CD", 2023, 12, "6"));

		assertThat(rules.expectedToDate(POVERTY, TargetRule.of("3", Schedule.LINEAR), "CD", 2024, 4))
			.isEqualByComparingTo("5");
		assertThat(rules.expectedToDate(POVERTY, TargetRule.of("3", Schedule.LINEAR), "CD", 2024, 12))
			.isEqualByComparingTo("3");
	}

	@Test
	void linear_schedule_takes_last_year_to_december_when_december_is_missing() {
		ProgressRules rules = rules(InMemoryObservations.builder().value("POVERTY", "CD", 2023, 10, "6"));

		assertThat(rules.expectedToDate(POVERTY, TargetRule.of("3", Schedule.LINEAR), "CD", 2024, 4))
			.isEqualByComparingTo("5");
	}

	@Test
	void linear_schedule_falls_back_to_flat_without_last_year() {
		assertThat(NO_HISTORY.expectedToDate(POVERTY, TargetRule.of("3", Schedule.LINEAR), "CD", 2024, 4))
			.isEqualByComparingTo("3");
	}

	@Test
	void flat_schedule_expects_the_target_every_month() {
		assertThat(NO_HISTORY.expectedToDate(PRICE, TargetRule.of("42", Schedule.FLAT), "CD", 2024, 1))
			.isEqualByComparingTo("42");
		assertThat(NO_HISTORY.expectedToDate(PRICE, TargetRule.of("42", Schedule.FLAT), "CD", 2024, 12))
			.isEqualByComparingTo("42");
	}

	@Test
	void a_flow_defaults_to_the_seasonal_schedule() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("RICE", "CD", 2023, "50", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "50"));

		assertThat(rules.expectedToDate(RICE, TargetRule.of("1000"), "CD", 2024, 1)).isEqualByComparingTo("500");
	}

	@Test
	void a_level_defaults_to_the_linear_schedule() {
		ProgressRules rules = rules(InMemoryObservations.builder().value("POVERTY", "CD", 2023, 12, "6"));

		assertThat(rules.expectedToDate(POVERTY, TargetRule.of("3"), "CD", 2024, 4)).isEqualByComparingTo("5");
	}

	@Test
	void an_average_defaults_to_the_flat_schedule() {
		assertThat(NO_HISTORY.expectedToDate(PRICE, TargetRule.of("42"), "CD", 2024, 4)).isEqualByComparingTo("42");
	}

	@Test
	void a_computed_indicator_takes_its_default_schedule_from_its_declared_time_aggregation() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.value("DOSSIERS_ONLINE", "CD", 2023, 12, "50")
			.value("DOSSIERS", "CD", 2023, 12, "100"));

		// LAST → LINEAR from last December's 50%
		assertThat(rules.expectedToDate(ONLINE_RATE, TargetRule.of("80"), "CD", 2024, 6)).isEqualByComparingTo("65");
	}

	private static TargetRule custom(String target, Map<Integer, String> planned) {
		TreeMap<Integer, BigDecimal> values = new TreeMap<>();
		planned.forEach((month, value) -> values.put(month, new BigDecimal(value)));
		return new TargetRule(new BigDecimal(target), Schedule.CUSTOM, values);
	}

	private static ProgressRules rules(InMemoryObservations.Builder observations) {
		return new ProgressRules(CATALOGUE, observations.build());
	}

}

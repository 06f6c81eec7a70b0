package org.chitieu.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.TimeAggregation;

import static org.chitieu.progress.TestIndicators.CATALOGUE;
import static org.chitieu.progress.TestIndicators.DOSSIERS;
import static org.chitieu.progress.TestIndicators.DOSSIERS_ONLINE;
import static org.chitieu.progress.TestIndicators.ONLINE_RATE;
import static org.chitieu.progress.TestIndicators.POVERTY;
import static org.chitieu.progress.TestIndicators.PRICE;
import static org.chitieu.progress.TestIndicators.RICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** A(m): the value of a unit to date, by time aggregation and through the tree of units. */
class UnitValueTests {

	@Test
	void sum_adds_the_months_up_to_the_reporting_month() {
		ProgressRules rules = rules(InMemoryObservations.builder().values("RICE", "CD", 2024, "10", "20", "30", "40"));

		assertThat(rules.actualToDate("RICE", "CD", 2024, 3)).isEqualByComparingTo("60");
	}

	@Test
	void last_takes_the_latest_value_at_or_before_the_reporting_month() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.value("POVERTY", "CD", 2024, 1, "5.1")
			.value("POVERTY", "CD", 2024, 3, "4.8")
			.value("POVERTY", "CD", 2024, 6, "4.2"));

		assertThat(rules.actualToDate("POVERTY", "CD", 2024, 5)).isEqualByComparingTo("4.8");
		assertThat(rules.actualToDate("POVERTY", "CD", 2024, 6)).isEqualByComparingTo("4.2");
	}

	@Test
	void average_is_the_mean_of_the_months_with_values() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.value("PRICE", "CD", 2024, 1, "10")
			.value("PRICE", "CD", 2024, 4, "20"));

		assertThat(rules.actualToDate("PRICE", "CD", 2024, 5)).isEqualByComparingTo("15");
	}

	@Test
	void average_divides_in_decimal64() {
		ProgressRules rules = rules(InMemoryObservations.builder().values("PRICE", "CD", 2024, "1", "1", "2"));

		assertThat(rules.actualToDate("PRICE", "CD", 2024, 3)).isEqualByComparingTo("1.333333333333333");
	}

	@Test
	void no_value_up_to_the_month_is_null() {
		ProgressRules rules = rules(InMemoryObservations.builder().value("RICE", "CD", 2024, 6, "10"));

		assertThat(rules.actualToDate("RICE", "CD", 2024, 5)).isNull();
		assertThat(rules.actualToDate("RICE", "XX", 2024, 5)).isNull();
	}

	@Test
	void a_unit_with_its_own_values_ignores_its_children() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.value("RICE", "CD", 2024, 1, "100")
			.value("RICE", "CD-A", 2024, 1, "30")
			.value("RICE", "CD-B", 2024, 1, "40"));

		assertThat(rules.actualToDate("RICE", "CD", 2024, 1)).isEqualByComparingTo("100");
	}

	@Test
	void own_values_after_the_reporting_month_leave_the_unit_to_its_children() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.value("RICE", "CD", 2024, 6, "100")
			.value("RICE", "CD-A", 2024, 1, "30"));

		assertThat(rules.actualToDate("RICE", "CD", 2024, 5)).isEqualByComparingTo("30");
	}

	@Test
	void sum_space_aggregation_adds_the_childrens_values_to_date() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.values("RICE", "CD-A", 2024, "10", "20")
			.values("RICE", "CD-B", 2024, "1", "2"));

		assertThat(rules.actualToDate("RICE", "CD", 2024, 2)).isEqualByComparingTo("33");
	}

	@Test
	void sum_space_aggregation_skips_children_without_data() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.values("RICE", "CD-A", 2024, "10"));

		assertThat(rules.actualToDate("RICE", "CD", 2024, 1)).isEqualByComparingTo("10");
	}

	@Test
	void average_space_aggregation_skips_children_without_data() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.child("CD", "CD-C")
			.value("POVERTY", "CD-A", 2024, 1, "4")
			.value("POVERTY", "CD-B", 2024, 1, "6"));

		assertThat(rules.actualToDate("POVERTY", "CD", 2024, 1)).isEqualByComparingTo("5");
	}

	@Test
	void children_are_aggregated_over_time_before_space() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.value("POVERTY", "CD-A", 2024, 1, "4")
			.value("POVERTY", "CD-A", 2024, 2, "3")
			.value("POVERTY", "CD-B", 2024, 1, "7"));

		// CD-A's latest (3) and CD-B's latest (7)
		assertThat(rules.actualToDate("POVERTY", "CD", 2024, 2)).isEqualByComparingTo("5");
	}

	@Test
	void none_space_aggregation_never_takes_values_from_children() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.value("PRICE", "CD-A", 2024, 1, "10"));

		assertThat(rules.actualToDate("PRICE", "CD", 2024, 1)).isNull();
	}

	@Test
	void no_child_with_data_is_null() {
		ProgressRules rules = rules(InMemoryObservations.builder().child("CD", "CD-A").child("CD", "CD-B"));

		assertThat(rules.actualToDate("RICE", "CD", 2024, 1)).isNull();
		assertThat(rules.actualToDate("POVERTY", "CD", 2024, 1)).isNull();
	}

	@Test
	void values_roll_up_through_the_tree() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("LA", "CD")
			.child("LA", "TA")
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.values("RICE", "CD-A", 2024, "1")
			.values("RICE", "CD-B", 2024, "2")
			.values("RICE", "TA", 2024, "4"));

		assertThat(rules.actualToDate("RICE", "LA", 2024, 1)).isEqualByComparingTo("7");
	}

	@Test
	void predecessors_are_summed_by_weight_on_todays_boundaries() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("CD-LONG-DINH", "TN-LONG-CANG", "1", "2025-07")
			.succession("CD-PHUOC-VAN", "TN-LONG-CANG", "1", "2025-07")
			.succession("SPLIT", "TN-LONG-CANG", "0.25", "2025-07")
			.values("RICE", "CD-LONG-DINH", 2024, "100")
			.values("RICE", "CD-PHUOC-VAN", 2024, "50")
			.values("RICE", "SPLIT", 2024, "40"));

		assertThat(rules.actualToDate("RICE", "TN-LONG-CANG", 2024, 1)).isEqualByComparingTo("160");
	}

	@Test
	void predecessors_of_an_average_indicator_give_their_weighted_mean() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD-A", "NEW", "1", "2025-01")
			.succession("OLD-B", "NEW", "3", "2025-01")
			.succession("OLD-C", "NEW", "1", "2025-01")
			.value("POVERTY", "OLD-A", 2024, 1, "8")
			.value("POVERTY", "OLD-B", 2024, 1, "4"));

		// OLD-C has no data and no weight: (1·8 + 3·4) / 4
		assertThat(rules.actualToDate("POVERTY", "NEW", 2024, 1)).isEqualByComparingTo("5");
	}

	@Test
	void predecessors_of_a_none_indicator_give_their_weighted_mean() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD-A", "NEW", "1", "2025-01")
			.succession("OLD-B", "NEW", "1", "2025-01")
			.value("PRICE", "OLD-A", 2024, 1, "10")
			.value("PRICE", "OLD-B", 2024, 1, "20"));

		assertThat(rules.actualToDate("PRICE", "NEW", 2024, 1)).isEqualByComparingTo("15");
	}

	@Test
	void predecessors_count_only_for_the_years_before_the_succession() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD", "NEW", "1", "2025-01")
			.values("RICE", "OLD", 2024, "10")
			.values("RICE", "OLD", 2025, "20"));

		assertThat(rules.actualToDate("RICE", "NEW", 2024, 1)).isEqualByComparingTo("10");
		assertThat(rules.actualToDate("RICE", "NEW", 2025, 1)).isNull();
	}

	@Test
	void predecessors_are_tried_before_children() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD", "NEW", "1", "2025-01")
			.child("NEW", "NEW-A")
			.values("RICE", "OLD", 2024, "10")
			.values("RICE", "NEW-A", 2024, "99"));

		assertThat(rules.actualToDate("RICE", "NEW", 2024, 1)).isEqualByComparingTo("10");
	}

	@Test
	void children_are_tried_when_predecessors_have_no_data() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD", "NEW", "1", "2025-01")
			.child("NEW", "NEW-A")
			.values("RICE", "NEW-A", 2024, "99"));

		assertThat(rules.actualToDate("RICE", "NEW", 2024, 1)).isEqualByComparingTo("99");
	}

	@Test
	void own_values_count_from_the_month_the_unit_was_formed() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("OLD", "NEW", "1", "2025-01")
			.values("RICE", "OLD", 2025, "10")
			.values("RICE", "NEW", 2025, "7"));

		assertThat(rules.actualToDate("RICE", "NEW", 2025, 1)).isEqualByComparingTo("7");
	}

	@Test
	void a_predecessor_takes_its_own_value_from_its_children() {
		// the old district, abolished in 2025, had only its communes' data
		ProgressRules rules = rules(InMemoryObservations.builder()
			.succession("CD", "TN", "1", "2025-07")
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.values("RICE", "CD-A", 2024, "10")
			.values("RICE", "CD-B", 2024, "5"));

		assertThat(rules.actualToDate("RICE", "TN", 2024, 1)).isEqualByComparingTo("15");
	}

	@Test
	void computed_indicator_is_a_rate_of_sums_not_a_sum_of_rates() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.child("CD", "CD-A")
			.child("CD", "CD-B")
			.values("DOSSIERS_ONLINE", "CD-A", 2024, "9")
			.values("DOSSIERS", "CD-A", 2024, "10")
			.values("DOSSIERS_ONLINE", "CD-B", 2024, "1")
			.values("DOSSIERS", "CD-B", 2024, "90"));

		// (9 + 1) / (10 + 90), not 90% + 1.1%
		assertThat(rules.actualToDate("ONLINE_RATE", "CD", 2024, 1)).isEqualByComparingTo("10");
	}

	@Test
	void computed_indicator_uses_each_components_time_aggregation() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("DOSSIERS_ONLINE", "CD", 2024, "30", "20", "48")
			.values("DOSSIERS", "CD", 2024, "100", "100", "100"));

		assertThat(rules.actualToDate("ONLINE_RATE", "CD", 2024, 3)).isEqualByComparingTo("32.66666666666667");
	}

	@Test
	void computed_indicator_without_a_component_value_is_null() {
		ProgressRules rules = rules(InMemoryObservations.builder().values("DOSSIERS_ONLINE", "CD", 2024, "30"));

		assertThat(rules.actualToDate("ONLINE_RATE", "CD", 2024, 1)).isNull();
	}

	@Test
	void computed_indicator_dividing_by_zero_is_null() {
		ProgressRules rules = rules(InMemoryObservations.builder()
			.values("DOSSIERS_ONLINE", "CD", 2024, "0")
			.values("DOSSIERS", "CD", 2024, "0"));

		assertThat(rules.actualToDate("ONLINE_RATE", "CD", 2024, 1)).isNull();
	}

	@Test
	void computed_indicator_may_name_other_computed_indicators() {
		IndicatorRule share = IndicatorRule.computed("OFFLINE_RATE", "100 - #{ONLINE_RATE}", TimeAggregation.LAST,
				Polarity.LOWER);
		Map<String, IndicatorRule> catalogue = new HashMap<>(CATALOGUE);
		catalogue.put("OFFLINE_RATE", share);
		ProgressRules rules = new ProgressRules(catalogue, InMemoryObservations.builder()
			.values("DOSSIERS_ONLINE", "CD", 2024, "97")
			.values("DOSSIERS", "CD", 2024, "98")
			.build());

		assertThat(rules.actualToDate("OFFLINE_RATE", "CD", 2024, 1)).isCloseTo(new BigDecimal("1.0204"),
				within(new BigDecimal("0.0001")));
	}

	@Test
	void an_unknown_indicator_is_refused() {
		ProgressRules rules = rules(InMemoryObservations.builder());

		assertThatIllegalArgumentException().isThrownBy(() -> rules.actualToDate("NOPE", "CD", 2024, 1))
			.withMessageContaining("NOPE");
	}

	@Test
	void months_run_from_1_to_12() {
		ProgressRules rules = rules(InMemoryObservations.builder());

		assertThatIllegalArgumentException().isThrownBy(() -> rules.actualToDate("RICE", "CD", 2024, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> rules.actualToDate("RICE", "CD", 2024, 13));
	}

	@Test
	void a_catalogue_may_be_a_lookup_function() {
		ProgressRules rules = new ProgressRules(CATALOGUE::get,
				InMemoryObservations.builder().values("RICE", "CD", 2024, "5").build());

		assertThat(rules.actualToDate("RICE", "CD", 2024, 1)).isEqualByComparingTo("5");
	}

	private static ProgressRules rules(InMemoryObservations.Builder observations) {
		return new ProgressRules(CATALOGUE, observations.build());
	}

}

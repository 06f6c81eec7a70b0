package org.chitieu.indicator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FormulaTests {

	@Test
	void components_are_the_codes_named_in_the_formula() {
		Formula formula = Formula.parse("100 * #{SVC_WITH_ONLINE} / #{SVC_TOTAL}");

		assertThat(formula.components()).containsExactlyInAnyOrder("SVC_WITH_ONLINE", "SVC_TOTAL");
	}

	@Test
	void a_code_named_twice_is_one_component() {
		Formula formula = Formula.parse("#{A} * #{A} + #{B}");

		assertThat(formula.components()).containsExactlyInAnyOrder("A", "B");
		assertThat(formula.evaluate(Map.of("A", new BigDecimal("3"), "B", BigDecimal.ONE)))
			.isEqualByComparingTo("10");
	}

	@Test
	void evaluates_a_rate_in_decimal_arithmetic() {
		Formula formula = Formula.parse("100 * #{A} / #{B}");

		assertThat(formula.evaluate(Map.of("A", new BigDecimal("97"), "B", new BigDecimal("98"))))
			.isCloseTo(new BigDecimal("98.97959183673469"), within(new BigDecimal("1e-12")));
	}

	@Test
	void codes_may_hold_dashes_and_dots() {
		Formula formula = Formula.parse("#{CD-X} - #{B.2}");

		assertThat(formula.components()).containsExactlyInAnyOrder("CD-X", "B.2");
		assertThat(formula.evaluate(Map.of("CD-X", new BigDecimal("5"), "B.2", new BigDecimal("2"))))
			.isEqualByComparingTo("3");
	}

	@Test
	void division_by_zero_is_null() {
		Formula formula = Formula.parse("100 * #{A} / #{B}");

		assertThat(formula.evaluate(Map.of("A", BigDecimal.ONE, "B", BigDecimal.ZERO))).isNull();
	}

	@Test
	void a_missing_component_is_null() {
		Formula formula = Formula.parse("#{A} + #{B}");

		assertThat(formula.evaluate(Map.of("A", BigDecimal.ONE))).isNull();
	}

	@Test
	void a_null_component_is_null() {
		Formula formula = Formula.parse("#{A} + #{B}");
		Map<String, BigDecimal> values = new HashMap<>();
		values.put("A", BigDecimal.ONE);
		values.put("B", null);

		assertThat(formula.evaluate(values)).isNull();
	}

	@Test
	void bad_syntax_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse("100 * #{A} /"));
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse("(#{A} + #{B}"));
	}

	@Test
	void a_formula_without_references_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse("1 + 2"))
			.withMessageContaining("#{CODE}");
	}

	@Test
	void a_malformed_reference_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse("#{A} + #{B"));
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse("#{A} + #{}"));
	}

	@Test
	void a_bare_variable_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse("#{A} + x"))
			.withMessageContaining("outside #{CODE}");
	}

	@Test
	void an_empty_formula_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse(null));
	}

	@Test
	void evaluation_can_be_repeated_with_other_values() {
		Formula formula = Formula.parse("#{A} / #{B}");

		assertThat(formula.evaluate(Map.of("A", BigDecimal.ONE, "B", BigDecimal.ZERO))).isNull();
		assertThat(formula.evaluate(Map.of("A", BigDecimal.ONE, "B", new BigDecimal("4")))).isEqualByComparingTo("0.25");
	}

	@Test
	void to_string_is_the_text() {
		assertThat(Formula.parse("#{A} * 2")).hasToString("#{A} * 2");
	}

	@Test
	void a_power_beyond_any_indicators_need_has_no_value_instead_of_running_for_hours() {
		Map<String, BigDecimal> two = Map.of("A", BigDecimal.valueOf(2));
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			assertThat(Formula.parse("#{A} ^ 1e300000").evaluate(two)).isNull();
			assertThat(Formula.parse("#{A} ^ 0.5e-300000").evaluate(two)).isNull();
		});
		assertThat(Formula.parse("#{A} ^ 10").evaluate(two)).isEqualByComparingTo("1024");
	}

}

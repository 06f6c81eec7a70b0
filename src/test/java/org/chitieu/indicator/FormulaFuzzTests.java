package org.chitieu.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of the formula parser (a few seconds in the test run): whatever the text, parsing gives a
 * formula or refuses with an {@link IllegalArgumentException} naming the text; a parsed formula
 * evaluates to a number or to nothing (a missing value, a division by zero), never an exception.
 */
class FormulaFuzzTests {

	/** The characters formulas are made of, with the ones that break naive parsers. */
	private static final String ALPHABET = "#{}()+-*/^%.,0123456789eE ABCXYZ_abc\"'\\$!&|<>=?:;[]\t\n\u0000\u00a0₫đ";

	@Property(tries = 5000)
	void any_text_parses_or_is_refused_with_a_reason(@ForAll("formulaLike") String text) {
		refusedOrEvaluated(text);
	}

	@Property(tries = 2000)
	void arbitrary_unicode_parses_or_is_refused_with_a_reason(@ForAll @StringLength(max = 60) String text) {
		refusedOrEvaluated(text);
	}

	@Property(tries = 2000)
	void well_formed_arithmetic_of_references_always_evaluates_or_yields_nothing(@ForAll("arithmetic") String text,
			@ForAll("values") List<BigDecimal> values) {
		Formula formula = Formula.parse(text);
		Map<String, BigDecimal> bound = new HashMap<>();
		int i = 0;
		for (String code : formula.components()) {
			bound.put(code, values.get(i++ % values.size()));
		}
		formula.evaluate(bound);
	}

	private static void refusedOrEvaluated(String text) {
		Formula formula;
		try {
			formula = Formula.parse(text);
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex.getMessage()).isNotBlank();
			return;
		}
		Map<String, BigDecimal> values = new HashMap<>();
		formula.components().forEach(code -> values.put(code, new BigDecimal("3.5")));
		formula.evaluate(values);
		formula.evaluate(Map.of());
	}

	@Provide
	Arbitrary<String> formulaLike() {
		Arbitrary<String> noise = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(40);
		Arbitrary<String> reference = Arbitraries.strings().withChars("ABC_.-1").ofMinLength(1).ofMaxLength(6)
			.map(code -> "#{" + code + "}");
		return Arbitraries.oneOf(noise, Arbitraries.of(reference, noise).flatMap(part -> part).list().ofMaxSize(8)
			.map(parts -> String.join("", parts)));
	}

	@Provide
	Arbitrary<String> arithmetic() {
		Arbitrary<String> operand = Arbitraries.oneOf(
				Arbitraries.strings().withChars("ABC").ofMinLength(1).ofMaxLength(3).map(code -> "#{" + code + "}"),
				Arbitraries.of("0", "1", "100", "0.5", "1e3", "999999999999"));
		Arbitrary<String> operator = Arbitraries.of(" + ", " - ", " * ", " / ", " ^ ");
		return operand.list().ofMinSize(1).ofMaxSize(6).flatMap(operands -> operator.list()
			.ofSize(operands.size())
			.map(operators -> {
				StringBuilder text = new StringBuilder("#{A}");
				for (int i = 0; i < operands.size(); i++) {
					text.append(operators.get(i)).append(operands.get(i));
				}
				return text.toString();
			}));
	}

	@Provide
	Arbitrary<List<BigDecimal>> values() {
		return Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"), new BigDecimal("1e300"),
				new BigDecimal("1e-300"), new BigDecimal("9087"), new BigDecimal("0.0001")).list().ofMinSize(1).ofMaxSize(4);
	}

}

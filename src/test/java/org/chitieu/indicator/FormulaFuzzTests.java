package org.chitieu.indicator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Fuzzing of the formula parser, bounded in time: whatever the text, parsing gives a formula or
 * refuses with an {@link IllegalArgumentException} that says why; a parsed formula evaluates to a
 * number or to nothing (a missing value, a division by zero, a power that is no real number), never an
 * exception. The seed is printed with any failure, so that it can be replayed.
 */
class FormulaFuzzTests {

	/** Ten seconds in the test run; {@code -Dfuzz.seconds=600} searches longer before a release. */
	private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 10));

	/** The characters formulas are made of, with the ones that break naive parsers. */
	private static final String ALPHABET = "#{}()+-*/^%.,0123456789eE ABCXYZ_abc\"'\\$!&|<>=?:;[]\t\n\u0000\u00a0₫đ";

	private static final List<String> OPERANDS = List.of("0", "1", "100", "0.5", "1e3", "999999999999", "-1");

	private static final List<String> OPERATORS = List.of(" + ", " - ", " * ", " / ", " ^ ");

	private static final List<BigDecimal> VALUES = List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"),
			new BigDecimal("1e300"), new BigDecimal("1e-300"), new BigDecimal("9087"), new BigDecimal("0.0001"));

	@Test
	void any_text_parses_or_is_refused_and_any_parsed_formula_evaluates_or_yields_nothing() {
		long seed = System.nanoTime();
		SplittableRandom random = new SplittableRandom(seed);
		long end = System.nanoTime() + BUDGET.toNanos();
		int cases = 0;
		while (System.nanoTime() < end) {
			String text = switch (random.nextInt(3)) {
				case 0 -> noise(random);
				case 1 -> mixed(random);
				default -> arithmetic(random);
			};
			try {
				check(text, random);
			}
			catch (RuntimeException | StackOverflowError ex) {
				fail("seed " + seed + ", formula " + text + ": " + ex, ex);
			}
			cases++;
		}
		assertThat(cases).as("cases tried").isGreaterThan(100);
	}

	@Test
	void a_power_that_is_no_real_number_yields_nothing() {
		// found by the fuzzing: EvalEx computes (-1) ^ 1e-300 in double, gets NaN and fails to make a BigDecimal of it
		assertThat(Formula.parse("#{A} ^ #{B}").evaluate(Map.of("A", new BigDecimal("-1"), "B", new BigDecimal("1e-300"))))
			.isNull();
	}

	@Test
	void an_array_index_on_a_number_is_refused_or_yields_nothing() {
		// found by the fuzzing: EvalEx met "[" after a variable and failed with a NoSuchElementException
		check("#{1B}#{BA_}[%267]8^#{_B}#{.A}", new SplittableRandom(1));
		check("#{A}[0]", new SplittableRandom(1));
	}

	private static void check(String text, SplittableRandom random) {
		Formula formula;
		try {
			formula = Formula.parse(text);
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex.getMessage()).isNotBlank();
			return;
		}
		Map<String, BigDecimal> values = new HashMap<>();
		formula.components().forEach(code -> values.put(code, VALUES.get(random.nextInt(VALUES.size()))));
		formula.evaluate(values);
		formula.evaluate(Map.of());
	}

	private static String noise(SplittableRandom random) {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(40); i > 0; i--) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	private static String mixed(SplittableRandom random) {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(8); i >= 0; i--) {
			text.append(random.nextBoolean() ? reference(random) : noise(random));
		}
		return text.toString();
	}

	private static String arithmetic(SplittableRandom random) {
		StringBuilder text = new StringBuilder(reference(random));
		for (int i = random.nextInt(6); i >= 0; i--) {
			text.append(OPERATORS.get(random.nextInt(OPERATORS.size())));
			text.append(random.nextBoolean() ? reference(random) : OPERANDS.get(random.nextInt(OPERANDS.size())));
		}
		return text.toString();
	}

	private static String reference(SplittableRandom random) {
		StringBuilder code = new StringBuilder();
		for (int i = random.nextInt(1, 4); i > 0; i--) {
			code.append("ABC_.-1".charAt(random.nextInt(7)));
		}
		return "#{" + code + "}";
	}

}

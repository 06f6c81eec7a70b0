package org.chitieu.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;

/**
 * A computed indicator's formula, such as {@code 100 * #{SVC_WITH_ONLINE} / #{SVC_TOTAL}}.
 * Arithmetic is done by EvalEx in {@link BigDecimal} with {@link MathContext#DECIMAL64}, the
 * precision used throughout the progress rules.
 */
public final class Formula {

	private static final Pattern REFERENCE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)}");

	/**
	 * What may stand between the references: numbers, names of functions, arithmetic and brackets. EvalEx
	 * also reads strings, arrays and structures, which no indicator needs and whose parsing has failed
	 * with unchecked exceptions on malformed input.
	 */
	private static final Pattern FOREIGN = Pattern.compile("[^A-Za-z0-9_.,+\\-*/^%()\\s]");

	private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
		.mathContext(MathContext.DECIMAL64)
		.build()
		.withAdditionalOperators(Map.entry("^", new BoundedPower()));

	private final String text;

	/** Indicator code → the variable name EvalEx sees (codes may hold '-' or '.'). */
	private final Map<String, String> variables;

	private final Expression expression;

	private Formula(String text, Map<String, String> variables, String expressionText) {
		this.text = text;
		this.variables = variables;
		this.expression = new Expression(expressionText, CONFIGURATION);
	}

	/**
	 * Parses a formula and checks its syntax.
	 * @throws IllegalArgumentException with a readable reason when the formula is not valid
	 */
	public static Formula parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty formula");
		}
		Map<String, String> variables = new LinkedHashMap<>();
		Matcher matcher = REFERENCE.matcher(text);
		StringBuilder expressionText = new StringBuilder();
		while (matcher.find()) {
			String variable = variables.computeIfAbsent(matcher.group(1), code -> "v" + variables.size());
			matcher.appendReplacement(expressionText, variable);
		}
		matcher.appendTail(expressionText);
		if (variables.isEmpty()) {
			throw new IllegalArgumentException("formula names no indicator as #{CODE}: " + text);
		}
		if (expressionText.indexOf("#") >= 0) {
			throw new IllegalArgumentException("malformed #{CODE} reference in formula: " + text);
		}
		Matcher foreign = FOREIGN.matcher(expressionText);
		if (foreign.find()) {
			throw new IllegalArgumentException("formula may not contain '" + foreign.group() + "': " + text);
		}
		Formula formula = new Formula(text, Map.copyOf(variables), expressionText.toString());
		Set<String> used;
		try {
			formula.expression.validate();
			used = formula.expression.getUsedVariables();
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("formula cannot be parsed (" + ex.getMessage() + "): " + text, ex);
		}
		List<String> unknown = used.stream().filter(name -> !variables.containsValue(name)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("formula uses " + unknown + " outside #{CODE}: " + text);
		}
		return formula;
	}

	/** The codes of the indicators this formula reads. */
	public Set<String> components() {
		return this.variables.keySet();
	}

	/**
	 * Evaluates the formula.
	 * @param values component code → value; a missing or {@code null} value makes the result {@code null}
	 * @return the value, or {@code null} when a component has no value or the formula divides by zero
	 */
	public BigDecimal evaluate(Map<String, BigDecimal> values) {
		Map<String, Object> bound = new LinkedHashMap<>();
		for (Map.Entry<String, String> variable : this.variables.entrySet()) {
			BigDecimal value = values.get(variable.getKey());
			if (value == null) {
				return null;
			}
			bound.put(variable.getValue(), value);
		}
		try {
			return this.expression.copy().withValues(bound).evaluate().getNumberValue();
		}
		catch (EvaluationException | ArithmeticException | NumberFormatException ex) {
			// division by zero, a power that is no real number (EvalEx meets a NaN or an infinity) and the
			// like: the value cannot be computed
			return null;
		}
		catch (ParseException ex) {
			throw new IllegalStateException("formula was validated when parsed: " + this.text, ex);
		}
	}

	@Override
	public String toString() {
		return this.text;
	}

	/** Two formulas of the same text are the same formula. */
	@Override
	public boolean equals(Object other) {
		return other instanceof Formula formula && formula.text.equals(this.text);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	/**
	 * EvalEx's power, with no value for an exponent beyond what an indicator needs: a huge one (say
	 * {@code 2 ^ 1e300000}) would keep the evaluation busy for hours.
	 */
	@InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_POWER, leftAssociative = false)
	static final class BoundedPower extends InfixPowerOfOperator {

		private static final BigDecimal MAX_EXPONENT = BigDecimal.valueOf(1000);

		private static final int MAX_EXPONENT_SCALE = 32;

		@Override
		public EvaluationValue evaluate(Expression expression, Token operatorToken, EvaluationValue... operands)
				throws EvaluationException {
			BigDecimal exponent = operands[1].isNumberValue() ? operands[1].getNumberValue() : null;
			if (exponent == null || exponent.abs().compareTo(MAX_EXPONENT) > 0 || exponent.scale() > MAX_EXPONENT_SCALE) {
				throw new EvaluationException(operatorToken, "exponent out of range");
			}
			return super.evaluate(expression, operatorToken, operands);
		}

	}

}

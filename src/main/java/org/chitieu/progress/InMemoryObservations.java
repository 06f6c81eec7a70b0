package org.chitieu.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Observations held in maps: for tests, and for loading a plan's values in one query before
 * evaluating them.
 */
public final class InMemoryObservations implements Observations {

	private final Map<String, Map<Integer, BigDecimal>> values;

	private final Map<String, List<String>> children;

	/** successor → its predecessors, in the order the successions were given */
	private final Map<String, List<WeightedUnit>> predecessors;

	private final Map<String, YearMonth> firstMonths;

	private InMemoryObservations(Builder builder) {
		this.values = new HashMap<>();
		builder.values.forEach((key, months) -> this.values.put(key, Map.copyOf(months)));
		this.children = new HashMap<>();
		builder.children.forEach((parent, units) -> this.children.put(parent, List.copyOf(units)));
		this.predecessors = new HashMap<>();
		builder.successions.forEach((succession) -> this.predecessors
			.computeIfAbsent(succession.to(), (unit) -> new ArrayList<>())
			.add(new WeightedUnit(succession.from(), succession.weight())));
		this.predecessors.replaceAll((unit, units) -> List.copyOf(units));
		this.firstMonths = Map.copyOf(builder.firstMonths);
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Map<Integer, BigDecimal> entered(String indicator, String unit, int year) {
		return this.values.getOrDefault(key(indicator, unit, year), Map.of());
	}

	@Override
	public List<String> children(String unit) {
		return this.children.getOrDefault(unit, List.of());
	}

	@Override
	public List<WeightedUnit> predecessors(String unit) {
		return this.predecessors.getOrDefault(unit, List.of());
	}

	@Override
	public YearMonth firstMonth(String unit) {
		return this.firstMonths.get(unit);
	}

	private static String key(String indicator, String unit, int year) {
		return indicator + '|' + unit + '|' + year;
	}

	private record Succession(String from, String to, BigDecimal weight) {
	}

	public static final class Builder {

		private final Map<String, Map<Integer, BigDecimal>> values = new HashMap<>();

		private final Map<String, List<String>> children = new HashMap<>();

		private final List<Succession> successions = new ArrayList<>();

		private final Map<String, YearMonth> firstMonths = new HashMap<>();

		private Builder() {
		}

		public Builder value(String indicator, String unit, int year, int month, BigDecimal value) {
			if (month < 1 || month > 12) {
				throw new IllegalArgumentException("month must be 1 to 12: " + month);
			}
			Objects.requireNonNull(value, "value");
			this.values.computeIfAbsent(key(indicator, unit, year), (key) -> new TreeMap<>()).put(month, value);
			return this;
		}

		public Builder value(String indicator, String unit, int year, int month, String value) {
			return value(indicator, unit, year, month, new BigDecimal(value));
		}

		/** Values for months 1, 2, ... in order. */
		public Builder values(String indicator, String unit, int year, String... monthly) {
			for (int month = 1; month <= monthly.length; month++) {
				value(indicator, unit, year, month, monthly[month - 1]);
			}
			return this;
		}

		public Builder child(String parent, String child) {
			this.children.computeIfAbsent(parent, (unit) -> new ArrayList<>()).add(child);
			return this;
		}

		/** {@code unit} was formed in {@code month}: its figures before then are its predecessors'. */
		public Builder firstMonth(String unit, YearMonth month) {
			this.firstMonths.put(unit, Objects.requireNonNull(month, "month"));
			return this;
		}

		/** {@code from}'s territory passed with share {@code weight} to {@code to}. */
		public Builder succession(String from, String to, BigDecimal weight) {
			this.successions.add(new Succession(from, to, weight));
			return this;
		}

		/** {@code from}'s territory passed with share {@code weight} to {@code to}, formed in {@code formed} ({@code 2025-07}). */
		public Builder succession(String from, String to, String weight, String formed) {
			succession(from, to, new BigDecimal(weight));
			return firstMonth(to, YearMonth.parse(formed));
		}

		public InMemoryObservations build() {
			return new InMemoryObservations(this);
		}

	}

}

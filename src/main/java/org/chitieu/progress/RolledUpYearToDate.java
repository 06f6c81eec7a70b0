package org.chitieu.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chitieu.indicator.IndicatorKind;
import org.chitieu.indicator.TimeAggregation;

/**
 * Values to date looked up in rollups: for each raw indicator, unit and year, A(1..12) by the
 * indicator's own time aggregation and by months summed, computed beforehand by {@link #rollUp} from
 * the definition ({@link ObservedYearToDate}). What the rules read for an indicator, unit and year
 * without a rollup is {@code null}, as it is without observations.
 */
public final class RolledUpYearToDate implements YearToDate {

	private final Map<Key, Rollup> rollups = new HashMap<>();

	public RolledUpYearToDate(Collection<Rollup> rollups) {
		rollups.forEach(rollup -> this.rollups.put(new Key(rollup.indicator(), rollup.unit(), rollup.year()), rollup));
	}

	/**
	 * The rollups of a raw indicator in a year, one for each of {@code units} that has a value in some
	 * month, computed by the rules over {@code observations}.
	 */
	public static List<Rollup> rollUp(IndicatorRule indicator, int year, Collection<String> units,
			Observations observations) {
		if (indicator.kind() != IndicatorKind.RAW) {
			throw new IllegalArgumentException("only raw indicators are rolled up: " + indicator.code());
		}
		ObservedYearToDate rules = new ObservedYearToDate(observations);
		List<Rollup> rollups = new ArrayList<>();
		for (String unit : units) {
			BigDecimal[] toDate = new BigDecimal[12];
			BigDecimal[] monthsSummed = new BigDecimal[12];
			for (int month = 1; month <= 12; month++) {
				toDate[month - 1] = rules.rawToDate(indicator, unit, year, month, indicator.timeAggregation());
				monthsSummed[month - 1] = (indicator.timeAggregation() == TimeAggregation.SUM) ? toDate[month - 1]
						: rules.rawToDate(indicator, unit, year, month, TimeAggregation.SUM);
			}
			if (Arrays.stream(toDate).anyMatch(Objects::nonNull) || Arrays.stream(monthsSummed).anyMatch(Objects::nonNull)) {
				rollups.add(new Rollup(indicator.code(), unit, year, Arrays.asList(toDate), Arrays.asList(monthsSummed)));
			}
		}
		return rollups;
	}

	@Override
	public BigDecimal rawToDate(IndicatorRule indicator, String unit, int year, int month, TimeAggregation time) {
		Rollup rollup = this.rollups.get(new Key(indicator.code(), unit, year));
		if (rollup == null) {
			return null;
		}
		if (time == indicator.timeAggregation()) {
			return rollup.toDate().get(month - 1);
		}
		if (time == TimeAggregation.SUM) {
			return rollup.monthsSummed().get(month - 1);
		}
		throw new IllegalArgumentException("rollups hold " + indicator.code() + " by " + indicator.timeAggregation()
				+ " and by months summed, not by " + time);
	}

	/**
	 * A raw indicator's values to date at a unit in a year.
	 * @param toDate A(1..12) by the indicator's own time aggregation, {@code null} where there is none
	 * @param monthsSummed the same with the months summed: a seasonal profile's reading
	 */
	public record Rollup(String indicator, String unit, int year, List<BigDecimal> toDate,
			List<BigDecimal> monthsSummed) {

		public Rollup {
			Objects.requireNonNull(indicator, "indicator");
			Objects.requireNonNull(unit, "unit");
			if (toDate.size() != 12 || monthsSummed.size() != 12) {
				throw new IllegalArgumentException("a rollup holds 12 months");
			}
			toDate = Collections.unmodifiableList(new ArrayList<>(toDate));
			monthsSummed = Collections.unmodifiableList(new ArrayList<>(monthsSummed));
		}

	}

	private record Key(String indicator, String unit, int year) {
	}

}

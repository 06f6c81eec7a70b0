package org.chitieu.progress;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.chitieu.indicator.TimeAggregation;
import org.chitieu.plan.Schedule;

/**
 * A year's target for one indicator at one unit.
 * @param value the target T; required, so that the expected value is always computable
 * @param schedule how T is phased over the months; {@code null} means the default for the
 * indicator's time aggregation
 * @param planned for {@code CUSTOM}: month (1..12) → planned cumulative value; {@code null} means none
 */
public record TargetRule(BigDecimal value, Schedule schedule, SortedMap<Integer, BigDecimal> planned) {

	public TargetRule {
		Objects.requireNonNull(value, "a target needs a value");
		planned = Collections.unmodifiableSortedMap((planned != null) ? new TreeMap<>(planned) : new TreeMap<>());
		planned.forEach((month, plannedValue) -> {
			if (month < 1 || month > 12 || plannedValue == null) {
				throw new IllegalArgumentException("planned values need months 1 to 12 and a value: " + month + "=" + plannedValue);
			}
		});
	}

	public static TargetRule of(String value) {
		return new TargetRule(new BigDecimal(value), null, null);
	}

	public static TargetRule of(String value, Schedule schedule) {
		return new TargetRule(new BigDecimal(value), schedule, null);
	}

	/** The schedule, or the default for {@code aggregation} when the plan names none. */
	public Schedule scheduleFor(TimeAggregation aggregation) {
		return (this.schedule != null) ? this.schedule : Schedule.defaultFor(aggregation);
	}

}

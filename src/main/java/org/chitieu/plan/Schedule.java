package org.chitieu.plan;

import org.chitieu.indicator.TimeAggregation;

/** How the year's target is phased over the months ("kế hoạch tiến độ"). */
public enum Schedule {
	/** T·m/12. */
	EVEN,
	/** T·(last year's Σ 1..m)/(last year's Σ 1..12); EVEN where last year's total is 0 or missing. */
	SEASONAL,
	/** Planned cumulative values at chosen months, interpolated linearly. */
	CUSTOM,
	/** B + (T−B)·m/12 from last year's December value B; FLAT where B is missing. */
	LINEAR,
	/** T in every month. */
	FLAT;

	/** The schedule a target gets when its plan names none. */
	public static Schedule defaultFor(TimeAggregation aggregation) {
		return switch (aggregation) {
			case SUM -> SEASONAL;
			case LAST -> LINEAR;
			case AVERAGE -> FLAT;
		};
	}
}

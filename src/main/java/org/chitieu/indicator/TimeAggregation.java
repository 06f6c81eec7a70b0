package org.chitieu.indicator;

/** How an indicator's monthly values make its year-to-date value. */
public enum TimeAggregation {
	/** Flows (tons, revenue, jobs): the sum of months 1..m. */
	SUM,
	/** Levels and rates: the latest value at or before m. */
	LAST,
	/** The mean of the months that have values. */
	AVERAGE
}

package org.chitieu.indicator;

/** How a unit without its own values takes them from the units below it. */
public enum SpaceAggregation {
	SUM,
	/** The mean over the children that have data. */
	AVERAGE,
	/** Never from children: only a unit's own values count. */
	NONE
}

package org.chitieu.indicator;

/** An indicator is either entered ({@code RAW}) or computed by a formula over other indicators. */
public enum IndicatorKind {
	RAW, COMPUTED
}

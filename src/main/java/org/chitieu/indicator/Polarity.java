package org.chitieu.indicator;

/** Whether a higher or a lower value is better (poverty rate, accidents are lower-is-better). */
public enum Polarity {
	HIGHER, LOWER
}

package org.chitieu.datavalue;

import java.math.BigDecimal;

/**
 * The outlier check of the entry grid, as DHIS2 flags values far from their history: a value is far
 * when it is more than {@link #FACTOR} times, or less than 1/{@link #FACTOR} of, every reference it has
 * (the previous month and the same month last year; a missing or zero reference does not judge). A
 * seasonal harvest that matches last year's month is therefore not flagged, however far from the month
 * before. A far value needs an explanation before it can be submitted.
 */
final class Outliers {

	static final BigDecimal FACTOR = BigDecimal.valueOf(2);

	private Outliers() {
	}

	static boolean far(BigDecimal value, BigDecimal previousMonth, BigDecimal sameMonthLastYear) {
		boolean judged = false;
		for (BigDecimal reference : new BigDecimal[] { previousMonth, sameMonthLastYear }) {
			if (reference == null || reference.signum() == 0) {
				continue;
			}
			judged = true;
			BigDecimal size = value.abs();
			BigDecimal base = reference.abs();
			boolean near = value.signum() == reference.signum() && size.compareTo(base.multiply(FACTOR)) <= 0
					&& size.multiply(FACTOR).compareTo(base) >= 0;
			if (near) {
				return false;
			}
		}
		return judged;
	}

}

package org.chitieu.period;

/** How a deployment labels the data window of a reporting month. */
public enum PeriodConvention {

	/** The calendar month, as the statistics office counts. */
	CALENDAR,

	/**
	 * Decree 09/2019/NĐ-CP Art. 12: month M covers the 15th of M−1 to the 14th of M, and the
	 * year starts on 15/12 of the previous year.
	 */
	DECREE_09

}

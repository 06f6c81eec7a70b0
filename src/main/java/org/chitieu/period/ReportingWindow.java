package org.chitieu.period;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The days a report covers, for the month and for the derived periods (quarter, half-year,
 * nine months, year), under a deployment's {@link PeriodConvention}.
 * <p>
 * Every window is a run of months {@code first..last}: by the calendar it is the 1st of
 * {@code first} to the last day of {@code last}; under Decree 09 it is the 15th of the month
 * before {@code first} to the 14th of {@code last} (so the year is 15/12 of the previous
 * year to 14/12, the second half 15/6 to 14/12).
 */
public record ReportingWindow(PeriodConvention convention) {

	public ReportingWindow {
		Objects.requireNonNull(convention, "convention");
	}

	/** The window of the report of {@code period}: Decree 09's first quarter is 15/12 of the year before to 14/3. */
	public DateRange of(Period period) {
		return months(period.first(), period.last());
	}

	/** The window of the monthly report of {@code month}. */
	public DateRange month(YearMonth month) {
		return months(month, month);
	}

	/** From the start of the year to the end of {@code month}'s window. */
	public DateRange yearToDate(YearMonth month) {
		return months(month.withMonth(1), month);
	}

	/** @param quarter 1 to 4 */
	public DateRange quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
		}
		YearMonth last = YearMonth.of(year, quarter * 3);
		return months(last.minusMonths(2), last);
	}

	public DateRange firstHalf(int year) {
		return months(YearMonth.of(year, 1), YearMonth.of(year, 6));
	}

	public DateRange secondHalf(int year) {
		return months(YearMonth.of(year, 7), YearMonth.of(year, 12));
	}

	/** Not in Decree 09; provinces add it, and it runs like the year, to September. */
	public DateRange nineMonths(int year) {
		return months(YearMonth.of(year, 1), YearMonth.of(year, 9));
	}

	public DateRange year(int year) {
		return months(YearMonth.of(year, 1), YearMonth.of(year, 12));
	}

	private DateRange months(YearMonth first, YearMonth last) {
		return switch (this.convention) {
			case CALENDAR -> new DateRange(first.atDay(1), last.atEndOfMonth());
			case DECREE_09 -> new DateRange(first.minusMonths(1).atDay(15), last.atDay(14));
		};
	}

}

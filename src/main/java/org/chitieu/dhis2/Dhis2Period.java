package org.chitieu.dhis2;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A DHIS2 period of whole months: monthly {@code 202405}, quarterly {@code 2024Q2}, six-monthly
 * {@code 2024S1}, yearly {@code 2024}, or ADX's {@code 2024-04-01/P3M}. Our figures are monthly; the
 * longer periods are read for export, where they are derived from the months.
 */
record Dhis2Period(int year, int firstMonth, int months) {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:(\\d{2})|Q([1-4])|S([12]))?");

	private static final Pattern ADX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/P(1M|3M|6M|1Y)");

	/** @throws IllegalArgumentException when the text is no period of those forms */
	static Dhis2Period parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("no period");
		}
		Matcher iso = ISO.matcher(text.strip());
		if (iso.matches()) {
			int year = Integer.parseInt(iso.group(1));
			if (iso.group(2) != null) {
				int month = Integer.parseInt(iso.group(2));
				if (month < 1 || month > 12) {
					throw new IllegalArgumentException("no month " + month + ": " + text);
				}
				return new Dhis2Period(year, month, 1);
			}
			if (iso.group(3) != null) {
				return new Dhis2Period(year, 3 * Integer.parseInt(iso.group(3)) - 2, 3);
			}
			if (iso.group(4) != null) {
				return new Dhis2Period(year, 6 * Integer.parseInt(iso.group(4)) - 5, 6);
			}
			return new Dhis2Period(year, 1, 12);
		}
		Matcher adx = ADX.matcher(text.strip());
		if (adx.matches()) {
			LocalDate start;
			try {
				start = LocalDate.parse(adx.group(1));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("no such date: " + text, ex);
			}
			int months = switch (adx.group(2)) {
				case "1M" -> 1;
				case "3M" -> 3;
				case "6M" -> 6;
				default -> 12;
			};
			// only calendar periods: a quarter starts in January, April, July or October, a year in January
			if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % months != 0) {
				throw new IllegalArgumentException("not a calendar period: " + text);
			}
			return new Dhis2Period(start.getYear(), start.getMonthValue(), months);
		}
		throw new IllegalArgumentException("not a DHIS2 period: " + text);
	}

	static Dhis2Period of(YearMonth month) {
		return new Dhis2Period(month.getYear(), month.getMonthValue(), 1);
	}

	boolean monthly() {
		return this.months == 1;
	}

	YearMonth first() {
		return YearMonth.of(this.year, this.firstMonth);
	}

	YearMonth last() {
		return first().plusMonths(this.months - 1L);
	}

	List<YearMonth> monthsCovered() {
		return IntStream.range(0, this.months).mapToObj(first()::plusMonths).toList();
	}

	/** DHIS2's ISO key: {@code 202405}, {@code 2024Q2}, {@code 2024S1}, {@code 2024}. */
	String key() {
		return switch (this.months) {
			case 1 -> "%d%02d".formatted(this.year, this.firstMonth);
			case 3 -> this.year + "Q" + ((this.firstMonth + 2) / 3);
			case 6 -> this.year + "S" + ((this.firstMonth + 5) / 6);
			default -> String.valueOf(this.year);
		};
	}

	/** ADX's form: the first day and the duration, {@code 2024-04-01/P3M}. */
	String adx() {
		return first().atDay(1) + "/P" + (this.months == 12 ? "1Y" : this.months + "M");
	}

}

package org.chitieu.period;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Period keys, read in one place: the month {@code YYYY-MM} is the base period; {@code YYYY-Qn},
 * {@code YYYY-H1}, {@code YYYY-H2}, {@code YYYY-9M} and {@code YYYY} are derived from it.
 */
public final class Periods {

	/** The accepted forms, as an error message names them. */
	public static final String FORMS = "YYYY-MM, YYYY-Qn, YYYY-H1, YYYY-H2, YYYY-9M, YYYY";

	private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q(\\d)|H(\\d)|(9M)))?");

	private Periods() {
	}

	/**
	 * Reads any period key.
	 * @throws IllegalArgumentException naming the key and the accepted forms when it is none of them
	 */
	public static Period parse(String key) {
		Matcher matcher = key == null ? null : KEY.matcher(key);
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("period must be one of " + FORMS + ": " + key);
		}
		int year = Integer.parseInt(matcher.group(1));
		try {
			if (matcher.group(2) != null) {
				return new Period(Period.Kind.MONTH, year, Integer.parseInt(matcher.group(2)));
			}
			if (matcher.group(3) != null) {
				return Period.quarter(year, Integer.parseInt(matcher.group(3)));
			}
			if (matcher.group(4) != null) {
				return Period.half(year, Integer.parseInt(matcher.group(4)));
			}
			return matcher.group(5) != null ? Period.nineMonths(year) : Period.year(year);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("period " + key + " does not exist: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads a month key.
	 * @throws IllegalArgumentException naming the key when it is not a month written {@code YYYY-MM}
	 */
	public static YearMonth parseMonth(String key) {
		Period period;
		try {
			period = parse(key);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"period must be a month written YYYY-MM, like 2024-05: " + key + " (" + ex.getMessage() + ")", ex);
		}
		if (!period.isMonth()) {
			throw new IllegalArgumentException("period must be a month written YYYY-MM, like 2024-05: " + key);
		}
		return period.first();
	}

	/** The periods of a year as a picker offers them: the months, the quarters, the halves, nine months, the year. */
	public static List<Period> ofYear(int year) {
		List<Period> periods = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			periods.add(new Period(Period.Kind.MONTH, year, month));
		}
		for (int quarter = 1; quarter <= 4; quarter++) {
			periods.add(Period.quarter(year, quarter));
		}
		periods.add(Period.half(year, 1));
		periods.add(Period.nineMonths(year));
		periods.add(Period.half(year, 2));
		periods.add(Period.year(year));
		return periods;
	}

	/** The key of a month, {@code 2024-05}. */
	public static String key(YearMonth month) {
		return month.toString();
	}

}

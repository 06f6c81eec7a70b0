package org.chitieu.period;

import java.time.YearMonth;
import java.util.regex.Pattern;

/** Period keys: the month is the base period, written {@code YYYY-MM} like {@code 2024-05}. */
public final class Periods {

	private static final Pattern MONTH_KEY = Pattern.compile("\\d{4}-\\d{2}");

	private Periods() {
	}

	/**
	 * Reads a month key.
	 * @throws IllegalArgumentException naming the key when it is not a month written {@code YYYY-MM}
	 */
	public static YearMonth parseMonth(String key) {
		if (key == null || !MONTH_KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("period must be a month written YYYY-MM, like 2024-05: " + key);
		}
		int month = Integer.parseInt(key.substring(5));
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("period has no month " + month + " (months are 01 to 12): " + key);
		}
		return YearMonth.of(Integer.parseInt(key.substring(0, 4)), month);
	}

	/** The key of a month, {@code 2024-05}. */
	public static String key(YearMonth month) {
		return month.toString();
	}

}

package org.chitieu.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as an administrative document writes them. Decree 30/2020/NĐ-CP pads the day below 10 and
 * the months 1 and 2 with a zero ("ngày 05 tháng 3", "tháng 01", "tháng 02") and no other month,
 * which no {@link DateTimeFormatter} pattern does, so it is written out here.
 */
final class ReportDates {

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private ReportDates() {
	}

	/** "05", "23" */
	static String day(int day) {
		return day < 10 ? "0" + day : Integer.toString(day);
	}

	/** "01", "02", "3", ..., "12" */
	static String month(int month) {
		return month <= 2 ? "0" + month : Integer.toString(month);
	}

	/** "ngày 23 tháng 5 năm 2024", "23 May 2024" */
	static String longDate(LocalDate date, Locale locale) {
		if (ReportLanguage.english(locale)) {
			return ENGLISH_DATE.format(date);
		}
		return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
	}

	/** "tháng 5 năm 2024", "May 2024" */
	static String monthOfYear(YearMonth month, Locale locale) {
		if (ReportLanguage.english(locale)) {
			return ENGLISH_MONTH.format(month);
		}
		return "tháng " + month(month.getMonthValue()) + " năm " + month.getYear();
	}

	/** "15/4/2024": a date inside a sentence, as the data window is written. */
	static String shortDate(LocalDate date) {
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
	}

}

package org.chitieu.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.chitieu.period.Period;

/**
 * Dates as an administrative document writes them. Decree 30/2020/NĐ-CP pads the day below 10 and
 * the months 1 and 2 with a zero ("ngày 05 tháng 3", "tháng 01", "tháng 02") and no other month,
 * which no {@link DateTimeFormatter} pattern does, so it is written out here.
 */
final class ReportDates {

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

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

	/**
	 * The period inside a sentence or a title: "tháng 5 năm 2024", "quý I năm 2024", "6 tháng đầu năm
	 * 2024", "6 tháng cuối năm 2024", "9 tháng năm 2024", "năm 2024".
	 */
	static String periodName(Period period, Locale locale) {
		boolean english = ReportLanguage.english(locale);
		int year = period.year();
		return switch (period.kind()) {
			case MONTH -> monthOfYear(period.first(), locale);
			case QUARTER -> english ? "Q" + period.number() + " " + year
					: "quý " + ROMAN[period.number() - 1] + " năm " + year;
			case HALF_YEAR -> english ? "the " + (period.number() == 1 ? "first" : "second") + " half of " + year
					: "6 tháng " + (period.number() == 1 ? "đầu" : "cuối") + " năm " + year;
			case NINE_MONTHS -> english ? "the first nine months of " + year : "9 tháng năm " + year;
			case YEAR -> english ? Integer.toString(year) : "năm " + year;
		};
	}

	/**
	 * The period whose tasks a report sets: the next month, the next quarter, the second half after the
	 * first, the fourth quarter after nine months, the next year after the year or its second half.
	 */
	static Period ahead(Period period) {
		return switch (period.kind()) {
			case MONTH -> Period.month(period.first().plusMonths(1));
			case QUARTER -> period.number() == 4 ? Period.quarter(period.year() + 1, 1)
					: Period.quarter(period.year(), period.number() + 1);
			case HALF_YEAR -> period.number() == 1 ? Period.half(period.year(), 2) : Period.year(period.year() + 1);
			case NINE_MONTHS -> Period.quarter(period.year(), 4);
			case YEAR -> Period.year(period.year() + 1);
		};
	}

	/** "15/4/2024": a date inside a sentence, as the data window is written. */
	static String shortDate(LocalDate date) {
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
	}

}

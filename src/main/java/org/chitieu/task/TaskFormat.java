package org.chitieu.task;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and percentages in Vietnamese style (5/3/2024, 98,98%) for mails and reports. */
final class TaskFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

	private TaskFormat() {
	}

	static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	static String percent(double value) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
		return format.format(value) + "%";
	}

}

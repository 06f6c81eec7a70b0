package org.chitieu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report writes them: Vietnamese 9.087 and 1.541,89, English 9,087 and 1,541.89.
 * Written out here rather than taken from Java's vi-VN locale, whose symbols vary between JDKs.
 * To be folded into {@code org.chitieu.web.VietnameseFormat} once that exists on main.
 */
final class ReportNumbers {

	private final DecimalFormatSymbols symbols;

	private ReportNumbers(char grouping, char decimal) {
		this.symbols = new DecimalFormatSymbols(Locale.ROOT);
		this.symbols.setGroupingSeparator(grouping);
		this.symbols.setDecimalSeparator(decimal);
		this.symbols.setMinusSign('-');
	}

	static ReportNumbers of(Locale locale) {
		return ReportLanguage.english(locale) ? new ReportNumbers(',', '.') : new ReportNumbers('.', ',');
	}

	/** The value rounded half up to {@code decimals}; never "-0". */
	static BigDecimal round(BigDecimal value, int decimals) {
		BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
		return rounded.signum() == 0 ? rounded.abs() : rounded;
	}

	String format(BigDecimal value, int decimals) {
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), this.symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(round(value, decimals));
	}

	/** With its sign: "+21,38", "-1,5", "0". */
	String signed(BigDecimal value, int decimals) {
		String text = format(value, decimals);
		return round(value, decimals).signum() > 0 ? "+" + text : text;
	}

}

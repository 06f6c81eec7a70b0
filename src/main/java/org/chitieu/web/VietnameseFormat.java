package org.chitieu.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates for the pages, in the reader's language: Vietnamese writes 1.541,89 and
 * "ngày 23 tháng 5 năm 2024", English 1,541.89 and "23 May 2024". Templates call it as
 * {@code ${@fmt.number(value, decimals)}}; a missing value prints "–", never "null" or "NaN".
 */
@Component("fmt")
public class VietnameseFormat {

	/** What a missing value prints as. */
	public static final String MISSING = "–";

	private static final Pattern VI_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final ZoneId VIETNAM = ClockConfiguration.VIETNAM;

	private static final DecimalFormatSymbols VI_SYMBOLS = symbols(false);

	private static final DecimalFormatSymbols EN_SYMBOLS = symbols(true);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public String number(Number value, int decimals) {
		return number(value, decimals, LocaleContextHolder.getLocale());
	}

	/** For documents written outside a web request (reports): the language is given. */
	public String number(Number value, int decimals, Locale locale) {
		if (missing(value)) {
			return MISSING;
		}
		return format(round(decimal(value), decimals), decimals, true, english(locale));
	}

	public String number(Number value) {
		return number(value, 0);
	}

	/** A difference with its sign, "+9.087" or "-1,5". */
	public String signed(Number value, int decimals) {
		return signed(value, decimals, LocaleContextHolder.getLocale());
	}

	public String signed(Number value, int decimals, Locale locale) {
		if (missing(value)) {
			return MISSING;
		}
		String text = number(value, decimals, locale);
		return round(decimal(value), decimals).signum() > 0 ? "+" + text : text;
	}

	/** Rounded half up to {@code decimals}, as every figure is shown; never -0. */
	public static BigDecimal round(BigDecimal value, int decimals) {
		BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
		return rounded.signum() == 0 ? rounded.abs() : rounded;
	}

	/** A percentage to two decimals at most: "98,98%". */
	public String percent(Number value) {
		return percent(value, 2);
	}

	public String percent(Number value, int decimals) {
		return missing(value) ? MISSING : number(value, decimals) + "%";
	}

	/** A value as an input field shows it: unrounded, without thousands separators, "1234,5". */
	public String input(Number value) {
		if (value == null) {
			return "";
		}
		BigDecimal plain = decimal(value).stripTrailingZeros();
		return format(plain, Math.max(plain.scale(), 0), false, english());
	}

	/** The width of a progress bar in percent, 0 to 100. */
	public int barWidth(Number percent) {
		if (percent == null) {
			return 0;
		}
		return Math.max(0, Math.min(100, decimal(percent).setScale(0, RoundingMode.HALF_UP).intValue()));
	}

	/** "ngày 23 tháng 5 năm 2024", "23 May 2024". */
	public String date(LocalDate date) {
		if (date == null) {
			return MISSING;
		}
		if (english()) {
			return EN_DATE.format(date);
		}
		return "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
	}

	/** "15/4/2024" in both languages. */
	public String shortDate(LocalDate date) {
		return (date == null) ? MISSING : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
	}

	/** A moment in Vietnam's time: "14:05 15/4/2024". */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return MISSING;
		}
		var local = instant.atZone(VIETNAM);
		return TIME.format(local) + " " + shortDate(local.toLocalDate());
	}

	/**
	 * Reads a number as people type it. Vietnamese: "1.234,5", "1234,5", and "1234.5" (a lone point
	 * followed by other than three digits is a decimal point); English: "1,234.5".
	 * @throws NumberFormatException when the text is not a number
	 */
	public BigDecimal parse(String text) {
		String value = text.strip().replace(" ", "").replace(" ", "");
		if (value.isEmpty()) {
			throw new NumberFormatException("empty");
		}
		if (english()) {
			return new BigDecimal(value.replace(",", ""));
		}
		if (value.contains(",")) {
			return new BigDecimal(value.replace(".", "").replace(',', '.'));
		}
		if (VI_THOUSANDS.matcher(value).matches()) {
			return new BigDecimal(value.replace(".", ""));
		}
		return new BigDecimal(value);
	}

	/** Written out rather than taken from Java's vi-VN locale, whose symbols vary between JDKs. */
	private static String format(BigDecimal value, int decimals, boolean grouping, boolean english) {
		DecimalFormat format = new DecimalFormat("#,##0", english ? EN_SYMBOLS : VI_SYMBOLS);
		format.setGroupingUsed(grouping);
		format.setMaximumFractionDigits(decimals);
		format.setMinimumFractionDigits(0);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/** Never changed once made: each format takes a copy (looking them up was a page's costliest formatting). */
	private static DecimalFormatSymbols symbols(boolean english) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(english ? ',' : '.');
		symbols.setDecimalSeparator(english ? '.' : ',');
		symbols.setMinusSign('-');
		return symbols;
	}

	private static BigDecimal decimal(Number value) {
		if (value instanceof Double number && !Double.isFinite(number)) {
			throw new IllegalArgumentException("not a number: " + number);
		}
		return (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
	}

	private static boolean missing(Number value) {
		return value == null || value instanceof Double number && !Double.isFinite(number);
	}

	private static boolean english() {
		return english(LocaleContextHolder.getLocale());
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}

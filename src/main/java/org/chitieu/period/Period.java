package org.chitieu.period;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A reporting period: a month, or one derived from months (quarter, half-year, nine months, year),
 * always the run of months {@link #first()} to {@link #last()} of one year. Its key is ISO-like:
 * {@code 2024-05}, {@code 2024-Q1}, {@code 2024-H1}, {@code 2024-H2}, {@code 2024-9M}, {@code 2024}.
 */
public record Period(Kind kind, int year, int number) {

	/** What kind of period, and how many months it spans. */
	public enum Kind {

		MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR

	}

	public Period {
		Objects.requireNonNull(kind, "kind");
		int most = switch (kind) {
			case MONTH -> 12;
			case QUARTER -> 4;
			case HALF_YEAR -> 2;
			case NINE_MONTHS, YEAR -> 1;
		};
		if (number < 1 || number > most) {
			throw new IllegalArgumentException("there is no " + kind.name().toLowerCase(Locale.ROOT) + " "
					+ number + " (" + (kind == Kind.MONTH ? "01 to 12" : "1 to " + most) + ")");
		}
	}

	public static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month.getYear(), month.getMonthValue());
	}

	public static Period quarter(int year, int quarter) {
		return new Period(Kind.QUARTER, year, quarter);
	}

	public static Period half(int year, int half) {
		return new Period(Kind.HALF_YEAR, year, half);
	}

	public static Period nineMonths(int year) {
		return new Period(Kind.NINE_MONTHS, year, 1);
	}

	public static Period year(int year) {
		return new Period(Kind.YEAR, year, 1);
	}

	/** The period's first month: the second half-year starts in July, the others as their names say. */
	public YearMonth first() {
		return switch (this.kind) {
			case MONTH -> YearMonth.of(this.year, this.number);
			case QUARTER -> YearMonth.of(this.year, this.number * 3 - 2);
			case HALF_YEAR -> YearMonth.of(this.year, this.number == 1 ? 1 : 7);
			case NINE_MONTHS, YEAR -> YearMonth.of(this.year, 1);
		};
	}

	/** The period's last month, at which its year to date is evaluated. */
	public YearMonth last() {
		return switch (this.kind) {
			case MONTH -> YearMonth.of(this.year, this.number);
			case QUARTER -> YearMonth.of(this.year, this.number * 3);
			case HALF_YEAR -> YearMonth.of(this.year, this.number * 6);
			case NINE_MONTHS -> YearMonth.of(this.year, 9);
			case YEAR -> YearMonth.of(this.year, 12);
		};
	}

	public boolean isMonth() {
		return this.kind == Kind.MONTH;
	}

	/** Whether the period starts in January, so that its own figure is the year to date. */
	public boolean fromJanuary() {
		return first().getMonthValue() == 1;
	}

	/** {@code 2024-05}, {@code 2024-Q1}, {@code 2024-H2}, {@code 2024-9M}, {@code 2024}. */
	public String key() {
		return switch (this.kind) {
			case MONTH -> first().toString();
			case QUARTER -> this.year + "-Q" + this.number;
			case HALF_YEAR -> this.year + "-H" + this.number;
			case NINE_MONTHS -> this.year + "-9M";
			case YEAR -> Integer.toString(this.year);
		};
	}

	@Override
	public String toString() {
		return key();
	}

}

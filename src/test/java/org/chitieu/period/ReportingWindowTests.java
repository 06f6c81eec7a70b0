package org.chitieu.period;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingWindowTests {

	private final ReportingWindow calendar = new ReportingWindow(PeriodConvention.CALENDAR);

	private final ReportingWindow decree09 = new ReportingWindow(PeriodConvention.DECREE_09);

	@Test
	void calendar_month_is_the_first_to_the_last_day() {
		assertThat(this.calendar.month(YearMonth.of(2024, 5))).isEqualTo(range("2024-05-01", "2024-05-31"));
	}

	@Test
	void calendar_month_knows_leap_years() {
		assertThat(this.calendar.month(YearMonth.of(2024, 2))).isEqualTo(range("2024-02-01", "2024-02-29"));
	}

	@Test
	void decree_09_month_runs_from_the_15th_of_the_previous_month_to_the_14th() {
		assertThat(this.decree09.month(YearMonth.of(2024, 5))).isEqualTo(range("2024-04-15", "2024-05-14"));
	}

	@Test
	void decree_09_january_starts_in_december_of_the_previous_year() {
		assertThat(this.decree09.month(YearMonth.of(2024, 1))).isEqualTo(range("2023-12-15", "2024-01-14"));
	}

	@Test
	void calendar_year_to_date_starts_on_the_first_of_january() {
		assertThat(this.calendar.yearToDate(YearMonth.of(2024, 5))).isEqualTo(range("2024-01-01", "2024-05-31"));
	}

	@Test
	void decree_09_year_to_date_starts_on_the_15th_of_december_of_the_previous_year() {
		assertThat(this.decree09.yearToDate(YearMonth.of(2024, 5))).isEqualTo(range("2023-12-15", "2024-05-14"));
	}

	@Test
	void calendar_quarters_are_three_calendar_months() {
		assertThat(this.calendar.quarter(2024, 1)).isEqualTo(range("2024-01-01", "2024-03-31"));
		assertThat(this.calendar.quarter(2024, 2)).isEqualTo(range("2024-04-01", "2024-06-30"));
		assertThat(this.calendar.quarter(2024, 3)).isEqualTo(range("2024-07-01", "2024-09-30"));
		assertThat(this.calendar.quarter(2024, 4)).isEqualTo(range("2024-10-01", "2024-12-31"));
	}

	@Test
	void decree_09_quarter_runs_from_the_15th_of_the_month_before_to_the_14th_of_its_last_month() {
		assertThat(this.decree09.quarter(2024, 1)).isEqualTo(range("2023-12-15", "2024-03-14"));
		assertThat(this.decree09.quarter(2024, 2)).isEqualTo(range("2024-03-15", "2024-06-14"));
		assertThat(this.decree09.quarter(2024, 3)).isEqualTo(range("2024-06-15", "2024-09-14"));
		assertThat(this.decree09.quarter(2024, 4)).isEqualTo(range("2024-09-15", "2024-12-14"));
	}

	@Test
	void there_are_four_quarters() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.decree09.quarter(2024, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.decree09.quarter(2024, 5));
	}

	@Test
	void decree_09_half_years() {
		assertThat(this.decree09.firstHalf(2024)).isEqualTo(range("2023-12-15", "2024-06-14"));
		assertThat(this.decree09.secondHalf(2024)).isEqualTo(range("2024-06-15", "2024-12-14"));
	}

	@Test
	void calendar_half_years() {
		assertThat(this.calendar.firstHalf(2024)).isEqualTo(range("2024-01-01", "2024-06-30"));
		assertThat(this.calendar.secondHalf(2024)).isEqualTo(range("2024-07-01", "2024-12-31"));
	}

	@Test
	void decree_09_nine_months_end_on_the_14th_of_september() {
		assertThat(this.decree09.nineMonths(2024)).isEqualTo(range("2023-12-15", "2024-09-14"));
		assertThat(this.calendar.nineMonths(2024)).isEqualTo(range("2024-01-01", "2024-09-30"));
	}

	@Test
	void decree_09_year_runs_from_the_15th_of_december_to_the_14th_of_december() {
		assertThat(this.decree09.year(2024)).isEqualTo(range("2023-12-15", "2024-12-14"));
		assertThat(this.calendar.year(2024)).isEqualTo(range("2024-01-01", "2024-12-31"));
	}

	@Test
	void december_year_to_date_is_the_year() {
		assertThat(this.decree09.yearToDate(YearMonth.of(2024, 12))).isEqualTo(this.decree09.year(2024));
		assertThat(this.calendar.yearToDate(YearMonth.of(2024, 12))).isEqualTo(this.calendar.year(2024));
	}

	@Test
	void a_range_holds_both_ends() {
		DateRange may = this.decree09.month(YearMonth.of(2024, 5));

		assertThat(may.contains(LocalDate.parse("2024-04-15"))).isTrue();
		assertThat(may.contains(LocalDate.parse("2024-05-14"))).isTrue();
		assertThat(may.contains(LocalDate.parse("2024-04-14"))).isFalse();
		assertThat(may.contains(LocalDate.parse("2024-05-15"))).isFalse();
	}

	@Test
	void a_range_cannot_end_before_it_starts() {
		assertThatIllegalArgumentException().isThrownBy(() -> range("2024-05-02", "2024-05-01"));
	}

	@Test
	void parses_a_month_key() {
		assertThat(Periods.parseMonth("2024-05")).isEqualTo(YearMonth.of(2024, 5));
		assertThat(Periods.parseMonth("2024-12")).isEqualTo(YearMonth.of(2024, 12));
	}

	@Test
	void a_month_key_round_trips() {
		assertThat(Periods.key(Periods.parseMonth("2024-01"))).isEqualTo("2024-01");
	}

	@Test
	void month_13_is_refused_with_a_clear_message() {
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth("2024-13"))
			.withMessageContaining("2024-13")
			.withMessageContaining("01 to 12");
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth("2024-00"));
	}

	@Test
	void a_month_key_needs_two_digits_for_the_month() {
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth("2024-5"))
			.withMessageContaining("YYYY-MM")
			.withMessageContaining("2024-5");
	}

	@Test
	void other_shapes_are_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth(null));
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth(""));
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth("2024/05"));
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth("2024-05-01"));
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth(" 2024-05"));
	}

	private static DateRange range(String from, String to) {
		return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
	}

}

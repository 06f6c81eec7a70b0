package org.chitieu.period;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodsTests {

	private final ReportingWindow decree09 = new ReportingWindow(PeriodConvention.DECREE_09);

	private final ReportingWindow calendar = new ReportingWindow(PeriodConvention.CALENDAR);

	@ParameterizedTest
	@CsvSource({ "2024-05, 2024-05, 2024-05, 2024-04-15, 2024-05-14", "2024-Q1, 2024-01, 2024-03, 2023-12-15, 2024-03-14",
			"2024-Q3, 2024-07, 2024-09, 2024-06-15, 2024-09-14", "2024-H1, 2024-01, 2024-06, 2023-12-15, 2024-06-14",
			"2024-H2, 2024-07, 2024-12, 2024-06-15, 2024-12-14", "2024-9M, 2024-01, 2024-09, 2023-12-15, 2024-09-14",
			"2024, 2024-01, 2024-12, 2023-12-15, 2024-12-14" })
	void every_key_reads_as_its_months_and_its_decree_09_window(String key, String first, String last, String from,
			String to) {
		Period period = Periods.parse(key);
		assertThat(period.first()).isEqualTo(YearMonth.parse(first));
		assertThat(period.last()).isEqualTo(YearMonth.parse(last));
		assertThat(period.key()).isEqualTo(key);
		assertThat(this.decree09.of(period)).isEqualTo(new DateRange(LocalDate.parse(from), LocalDate.parse(to)));
	}

	@Test
	void the_calendar_quarter_is_its_three_whole_months() {
		assertThat(this.calendar.of(Periods.parse("2024-Q1")))
			.isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
	}

	@Test
	void the_periods_that_start_in_january_give_their_own_figure_as_the_year_to_date() {
		assertThat(Periods.parse("2024-H1").fromJanuary()).isTrue();
		assertThat(Periods.parse("2024-Q2").fromJanuary()).isFalse();
		assertThat(Periods.parse("2024-H2").fromJanuary()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-Q5", "2024-Q0", "2024-H3", "2024-8M", "2024-13", "24", "2024-q1", "", "2024-05-01",
			" 2024" })
	void a_bad_key_is_refused_naming_the_accepted_forms_or_the_missing_period(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parse(key))
			.withMessageContaining(key.isEmpty() ? "YYYY-Qn" : key);
	}

	@Test
	void an_unknown_shape_names_every_accepted_form() {
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parse("Q1-2024"))
			.withMessageContaining("YYYY-MM, YYYY-Qn, YYYY-H1, YYYY-H2, YYYY-9M, YYYY");
	}

	@Test
	void a_month_key_is_still_read_as_a_month_and_a_quarter_is_not_a_month() {
		assertThat(Periods.parseMonth("2024-05")).isEqualTo(YearMonth.of(2024, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> Periods.parseMonth("2024-Q1"))
			.withMessageContaining("YYYY-MM");
	}

}

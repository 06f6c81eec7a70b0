package org.chitieu.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDatesTests {

	@Test
	void the_date_line_is_written_as_decree_30_shows_it() {
		assertThat(ReportDates.longDate(LocalDate.of(2024, 5, 23), ReportLanguage.VIETNAMESE))
			.isEqualTo("ngày 23 tháng 5 năm 2024");
	}

	@Test
	void a_day_below_ten_is_zero_padded() {
		assertThat(ReportDates.longDate(LocalDate.of(2024, 3, 5), ReportLanguage.VIETNAMESE))
			.isEqualTo("ngày 05 tháng 3 năm 2024");
	}

	@Test
	void january_and_february_are_zero_padded_and_no_other_month() {
		assertThat(ReportDates.longDate(LocalDate.of(2024, 1, 15), ReportLanguage.VIETNAMESE))
			.isEqualTo("ngày 15 tháng 01 năm 2024");
		assertThat(ReportDates.longDate(LocalDate.of(2024, 2, 29), ReportLanguage.VIETNAMESE))
			.isEqualTo("ngày 29 tháng 02 năm 2024");
		assertThat(ReportDates.longDate(LocalDate.of(2024, 12, 10), ReportLanguage.VIETNAMESE))
			.isEqualTo("ngày 10 tháng 12 năm 2024");
		assertThat(ReportDates.monthOfYear(YearMonth.of(2025, 1), ReportLanguage.VIETNAMESE))
			.isEqualTo("tháng 01 năm 2025");
		assertThat(ReportDates.monthOfYear(YearMonth.of(2024, 6), ReportLanguage.VIETNAMESE))
			.isEqualTo("tháng 6 năm 2024");
	}

	@Test
	void english_dates_are_written_the_english_way() {
		assertThat(ReportDates.longDate(LocalDate.of(2024, 3, 5), Locale.ENGLISH)).isEqualTo("5 March 2024");
		assertThat(ReportDates.monthOfYear(YearMonth.of(2024, 5), Locale.ENGLISH)).isEqualTo("May 2024");
	}

	@Test
	void a_date_inside_a_sentence_is_day_month_year_without_padding() {
		assertThat(ReportDates.shortDate(LocalDate.of(2024, 4, 15))).isEqualTo("15/4/2024");
	}

}

package org.chitieu.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VietnameseFormatTests {

	private final VietnameseFormat format = new VietnameseFormat();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void vietnamese_numbers_group_thousands_with_points_and_decimals_with_a_comma() {
		vietnamese();
		assertThat(this.format.number(new BigDecimal("9087"), 0)).isEqualTo("9.087");
		assertThat(this.format.number(new BigDecimal("98.979591836"), 2)).isEqualTo("98,98");
		assertThat(this.format.number(new BigDecimal("1541.89"), 2)).isEqualTo("1.541,89");
		assertThat(this.format.number(new BigDecimal("1377.412"), 3)).isEqualTo("1.377,412");
		assertThat(this.format.number(new BigDecimal("-23.94"), 1)).isEqualTo("-23,9");
	}

	@Test
	void numbers_are_rounded_half_up_to_the_indicators_decimals_without_trailing_zeros() {
		vietnamese();
		assertThat(this.format.number(new BigDecimal("214.600"), 3)).isEqualTo("214,6");
		assertThat(this.format.number(new BigDecimal("0.125"), 2)).isEqualTo("0,13");
		assertThat(this.format.number(7633.0, 0)).isEqualTo("7.633");
		assertThat(this.format.number(12, 0)).isEqualTo("12");
	}

	@Test
	void english_numbers_use_commas_and_a_decimal_point() {
		english();
		assertThat(this.format.number(new BigDecimal("1541.89"), 2)).isEqualTo("1,541.89");
		assertThat(this.format.percent(new BigDecimal("98.979591836"))).isEqualTo("98.98%");
	}

	@Test
	void missing_values_print_a_dash_never_null_or_nan() {
		vietnamese();
		assertThat(this.format.number(null, 2)).isEqualTo("–");
		assertThat(this.format.number(Double.NaN, 2)).isEqualTo("–");
		assertThat(this.format.percent(null)).isEqualTo("–");
		assertThat(this.format.signed(null, 0)).isEqualTo("–");
		assertThat(this.format.date(null)).isEqualTo("–");
		assertThat(this.format.shortDate(null)).isEqualTo("–");
		assertThat(this.format.dateTime(null)).isEqualTo("–");
		assertThat(this.format.input(null)).isEmpty();
	}

	@Test
	void percentages_and_differences_carry_their_sign_and_symbol() {
		vietnamese();
		assertThat(this.format.percent(new BigDecimal("98.979591836"))).isEqualTo("98,98%");
		assertThat(this.format.signed(new BigDecimal("9087"), 0)).isEqualTo("+9.087");
		assertThat(this.format.signed(new BigDecimal("50.19"), 2)).isEqualTo("+50,19");
		assertThat(this.format.signed(new BigDecimal("-0.004"), 2)).isEqualTo("0");
	}

	@Test
	void dates_are_written_out_in_vietnamese_and_in_english() {
		vietnamese();
		assertThat(this.format.date(LocalDate.of(2024, 5, 23))).isEqualTo("ngày 23 tháng 5 năm 2024");
		assertThat(this.format.shortDate(LocalDate.of(2024, 4, 15))).isEqualTo("15/4/2024");
		assertThat(this.format.dateTime(Instant.parse("2024-05-23T02:05:00Z"))).isEqualTo("09:05 23/5/2024");
		english();
		assertThat(this.format.date(LocalDate.of(2024, 5, 23))).isEqualTo("23 May 2024");
	}

	@Test
	void an_input_field_shows_the_unrounded_value_without_grouping() {
		vietnamese();
		assertThat(this.format.input(new BigDecimal("1234.500"))).isEqualTo("1234,5");
		assertThat(this.format.input(new BigDecimal("45.417"))).isEqualTo("45,417");
		assertThat(this.format.input(new BigDecimal("1E+3"))).isEqualTo("1000");
	}

	@Test
	void typed_vietnamese_numbers_are_read_with_or_without_thousands_points() {
		vietnamese();
		assertThat(this.format.parse("1.234,5")).isEqualByComparingTo("1234.5");
		assertThat(this.format.parse("1234,5")).isEqualByComparingTo("1234.5");
		assertThat(this.format.parse("1234.5")).isEqualByComparingTo("1234.5");
		assertThat(this.format.parse("1.234")).isEqualByComparingTo("1234");
		assertThat(this.format.parse(" 300 ")).isEqualByComparingTo("300");
		assertThat(this.format.parse("-2,5")).isEqualByComparingTo("-2.5");
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> this.format.parse("12a"));
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> this.format.parse("1,2,3"));
	}

	@Test
	void typed_english_numbers_use_a_decimal_point() {
		english();
		assertThat(this.format.parse("1,234.5")).isEqualByComparingTo("1234.5");
	}

	@Test
	void a_bar_is_between_zero_and_a_hundred_percent_wide() {
		assertThat(this.format.barWidth(new BigDecimal("112.5"))).isEqualTo(100);
		assertThat(this.format.barWidth(new BigDecimal("36.69"))).isEqualTo(37);
		assertThat(this.format.barWidth(null)).isZero();
	}

	private static void vietnamese() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
	}

	private static void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

}

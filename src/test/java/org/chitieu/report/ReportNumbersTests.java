package org.chitieu.report;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportNumbersTests {

	private final ReportNumbers vietnamese = ReportNumbers.of(ReportLanguage.VIETNAMESE);

	private final ReportNumbers english = ReportNumbers.of(Locale.ENGLISH);

	@Test
	void vietnamese_groups_thousands_with_dots_and_writes_a_decimal_comma() {
		assertThat(this.vietnamese.format(new BigDecimal("9087"), 0)).isEqualTo("9.087");
		assertThat(this.vietnamese.format(new BigDecimal("98.979591836"), 2)).isEqualTo("98,98");
		assertThat(this.vietnamese.format(new BigDecimal("1541.89"), 2)).isEqualTo("1.541,89");
		assertThat(this.vietnamese.format(new BigDecimal("1377.412"), 3)).isEqualTo("1.377,412");
	}

	@Test
	void english_writes_commas_and_a_decimal_point() {
		assertThat(this.english.format(new BigDecimal("1541.89"), 2)).isEqualTo("1,541.89");
	}

	@Test
	void values_are_rounded_half_up_to_the_indicators_decimals() {
		assertThat(this.vietnamese.format(new BigDecimal("14.24"), 1)).isEqualTo("14,2");
		assertThat(this.vietnamese.format(new BigDecimal("0.125"), 2)).isEqualTo("0,13");
		assertThat(this.vietnamese.format(new BigDecimal("100"), 2)).isEqualTo("100,00");
	}

	@Test
	void a_difference_carries_its_sign_and_never_reads_minus_zero() {
		assertThat(this.vietnamese.signed(new BigDecimal("21.3811"), 2)).isEqualTo("+21,38");
		assertThat(this.vietnamese.signed(new BigDecimal("-10.02"), 2)).isEqualTo("-10,02");
		assertThat(this.vietnamese.signed(new BigDecimal("-0.001"), 0)).isEqualTo("0");
		assertThat(this.vietnamese.format(new BigDecimal("-0.4"), 0)).isEqualTo("0");
	}

}

package org.chitieu.datavalue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutliersTests {

	@Test
	void a_value_more_than_double_or_under_half_of_every_reference_is_far() {
		assertThat(Outliers.far(bd("31800"), bd("3180"), bd("3000"))).isTrue();
		assertThat(Outliers.far(bd("1000"), bd("3180"), bd("3000"))).isTrue();
		assertThat(Outliers.far(bd("6000"), bd("3180"), null)).isFalse();
	}

	@Test
	void a_harvest_like_last_years_month_is_not_far_however_far_from_the_month_before() {
		assertThat(Outliers.far(bd("20000"), bd("500"), bd("18000"))).isFalse();
	}

	@Test
	void without_a_reference_nothing_is_judged() {
		assertThat(Outliers.far(bd("5"), null, null)).isFalse();
		assertThat(Outliers.far(bd("5"), BigDecimal.ZERO, null)).isFalse();
		assertThat(Outliers.far(bd("-5"), bd("5"), null)).isTrue();
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}

package org.chitieu.dhis2;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Dhis2PeriodTests {

	@Test
	void a_monthly_key_is_one_month() {
		Dhis2Period may = Dhis2Period.parse("202405");
		assertThat(may.monthly()).isTrue();
		assertThat(may.first()).isEqualTo(YearMonth.of(2024, 5));
		assertThat(may.key()).isEqualTo("202405");
		assertThat(may.adx()).isEqualTo("2024-05-01/P1M");
	}

	@Test
	void quarters_halves_and_years_cover_their_months() {
		assertThat(Dhis2Period.parse("2024Q2").monthsCovered()).containsExactly(YearMonth.of(2024, 4),
				YearMonth.of(2024, 5), YearMonth.of(2024, 6));
		assertThat(Dhis2Period.parse("2024S2").first()).isEqualTo(YearMonth.of(2024, 7));
		assertThat(Dhis2Period.parse("2024S2").last()).isEqualTo(YearMonth.of(2024, 12));
		assertThat(Dhis2Period.parse("2024").monthsCovered()).hasSize(12);
		assertThat(Dhis2Period.parse("2024Q4").key()).isEqualTo("2024Q4");
		assertThat(Dhis2Period.parse("2024S1").key()).isEqualTo("2024S1");
		assertThat(Dhis2Period.parse("2024").adx()).isEqualTo("2024-01-01/P1Y");
	}

	@Test
	void adx_periods_read_as_the_same_dhis2_periods() {
		assertThat(Dhis2Period.parse("2015-06-01/P1M").key()).isEqualTo("201506");
		assertThat(Dhis2Period.parse("2017-07-01/P3M").key()).isEqualTo("2017Q3");
		assertThat(Dhis2Period.parse("2017-07-01/P6M").key()).isEqualTo("2017S2");
		assertThat(Dhis2Period.parse("2017-01-01/P1Y").key()).isEqualTo("2017");
	}

	@Test
	void what_is_no_calendar_period_of_whole_months_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Dhis2Period.parse("202413"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dhis2Period.parse("2024-05"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dhis2Period.parse("2024W21"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dhis2Period.parse("2017-10-01/P1D"));
		// DHIS2's financial April year and a quarter starting in February are not calendar periods
		assertThatIllegalArgumentException().isThrownBy(() -> Dhis2Period.parse("2017-04-01/P1Y"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dhis2Period.parse("2017-02-01/P3M"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dhis2Period.parse(null));
	}

}

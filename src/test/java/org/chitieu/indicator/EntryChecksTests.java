package org.chitieu.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.chitieu.orgunit.OrgUnitType;
import org.chitieu.web.InputError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryChecksTests {

	private static final EntryChecks PERCENT = new EntryChecks(BigDecimal.ZERO, BigDecimal.valueOf(100), false, false,
			List.of("DISTRICT"));

	private static final EntryChecks COUNT = new EntryChecks(null, null, true, false, null);

	@Test
	void a_percentage_is_refused_above_its_maximum_and_below_zero() {
		assertThat(refusal(PERCENT, "853")).isEqualTo("datavalue.aboveMax");
		assertThat(refusal(PERCENT, "-1")).isEqualTo("datavalue.negative");
		assertThat(refusal(PERCENT, "84.3")).isNull();
	}

	@Test
	void a_whole_number_indicator_refuses_decimals_but_not_trailing_zeros() {
		assertThat(refusal(COUNT, "1234.5")).isEqualTo("datavalue.wholeNumber");
		assertThat(refusal(COUNT, "1234.00")).isNull();
	}

	@Test
	void negatives_pass_only_where_allowed() {
		assertThat(refusal(EntryChecks.NONE, "-3")).isEqualTo("datavalue.negative");
		assertThat(refusal(new EntryChecks(null, null, false, true, null), "-3")).isNull();
	}

	@Test
	void an_indicator_is_entered_at_the_unit_types_it_names_or_anywhere() {
		assertThat(PERCENT.enteredAt(OrgUnitType.DISTRICT)).isTrue();
		assertThat(PERCENT.enteredAt(OrgUnitType.COMMUNE)).isFalse();
		assertThat(COUNT.enteredAt(OrgUnitType.COMMUNE)).isTrue();
	}

	private static String refusal(EntryChecks checks, String value) {
		return checks.refusal("value", new BigDecimal(value)).map(InputError::messageKey).orElse(null);
	}

}

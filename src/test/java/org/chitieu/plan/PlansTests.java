package org.chitieu.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlansTests {

	@Test
	void next_years_plan_takes_the_code_with_the_next_year() {
		assertThat(Plans.nextCode("CD-2024", 2024, 2025)).isEqualTo("CD-2025");
		assertThat(Plans.nextCode("KH-2024-TINH", 2024, 2025)).isEqualTo("KH-2025-TINH");
		assertThat(Plans.nextCode("CD", 2024, 2025)).isEqualTo("CD-2025");
	}

}

package org.chitieu.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaNamesTests {

	private static final Map<String, String> NAMES = Map.of("SVC_WITH_ONLINE", "Dịch vụ công có trực tuyến",
			"SVC_TOTAL", "Tổng số dịch vụ công");

	@Test
	void a_stored_formula_reads_with_the_components_names() {
		assertThat(FormulaNames.toNames("100 * #{SVC_WITH_ONLINE} / #{SVC_TOTAL}", NAMES))
			.isEqualTo("100 * [Dịch vụ công có trực tuyến] / [Tổng số dịch vụ công]");
	}

	@Test
	void names_typed_in_any_case_and_spacing_or_codes_become_references() {
		List<String> unknown = new ArrayList<>();
		assertThat(FormulaNames.toCodes("100 * [dịch vụ công  có trực tuyến ] / [SVC_TOTAL]", NAMES, unknown))
			.isEqualTo("100 * #{SVC_WITH_ONLINE} / #{SVC_TOTAL}");
		assertThat(unknown).isEmpty();
	}

	@Test
	void a_name_of_no_indicator_is_reported() {
		List<String> unknown = new ArrayList<>();
		FormulaNames.toCodes("[Không có] + [Tổng số dịch vụ công]", NAMES, unknown);
		assertThat(unknown).containsExactly("Không có");
	}

}

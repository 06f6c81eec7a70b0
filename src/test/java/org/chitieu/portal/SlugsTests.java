package org.chitieu.portal;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void a_vietnamese_title_becomes_an_ascii_address() {
		assertThat(Slugs.of("UBND Cần Đước: Những nội dung trọng tâm cần tập trung thực hiện năm 2024"))
			.isEqualTo("ubnd-can-duoc-nhung-noi-dung-trong-tam-can-tap-trung-thuc-hien-nam-2024");
	}

	@Test
	void a_taken_address_gets_a_number() {
		Set<String> taken = Set.of("tin-moi", "tin-moi-2");
		assertThat(Slugs.unique("Tin mới", taken::contains)).isEqualTo("tin-moi-3");
	}

	@Test
	void a_title_without_letters_still_has_an_address_and_a_long_one_is_cut_at_a_word() {
		assertThat(Slugs.of("!!!")).isEqualTo("bai-viet");
		assertThat(Slugs.of("chỉ tiêu ".repeat(20))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

}

package org.chitieu.portal;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTextTests {

	@Test
	void a_vietnamese_letter_counts_once_however_it_was_typed() {
		String composed = "Nguyễn";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(decomposed.length()).isEqualTo(8);
		assertThat(CommentText.length(CommentText.normalise(decomposed))).isEqualTo(6);
		assertThat(CommentText.normalise(decomposed)).isEqualTo(composed);
	}

	@Test
	void a_character_outside_the_basic_plane_counts_once() {
		assertThat(CommentText.length("👍 tốt")).isEqualTo(5);
	}

	@Test
	void surrounding_space_is_not_counted_and_windows_line_breaks_count_once() {
		assertThat(CommentText.normalise("  dòng một\r\ndòng hai \n")).isEqualTo("dòng một\ndòng hai");
	}

}

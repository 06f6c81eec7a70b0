package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The life of a figure, rule by rule: what counts, what waits, and what an approval or a return leaves. */
class FigureTests {

	private static final Instant NOW = Instant.parse("2024-05-20T03:00:00Z");

	@Test
	void a_draft_of_a_new_figure_does_not_count() {
		Figure figure = Figure.NONE.draft(version("100"));
		assertThat(figure.counted()).isNull();
		assertThat(figure.revision().status()).isEqualTo(DataValueStatus.DRAFT);
		assertThat(figure.awaitsApproval()).isFalse();
	}

	@Test
	void the_first_submission_of_a_figure_counts_until_it_is_approved_or_returned() {
		Figure figure = Figure.NONE.submit(version("100"));
		assertThat(figure.counted().value()).isEqualByComparingTo("100");
		assertThat(figure.counted().status()).isEqualTo(DataValueStatus.SUBMITTED);
		assertThat(figure.awaitsApproval()).isTrue();
		assertThat(figure.approve("head", NOW).counted().status()).isEqualTo(DataValueStatus.APPROVED);
		Figure returned = figure.returnWith("sai", "head", NOW);
		assertThat(returned.counted()).isNull();
		assertThat(returned.revision().status()).isEqualTo(DataValueStatus.RETURNED);
		assertThat(returned.revision().returnReason()).isEqualTo("sai");
	}

	@Test
	void a_new_value_never_unseats_the_approved_one_until_it_is_approved() {
		Figure approved = Figure.NONE.approveDirectly(version("3180"));
		Figure drafted = approved.draft(version("3181"));
		assertThat(drafted.counted()).isEqualTo(approved.counted());
		Figure submitted = drafted.submit(version("3181"));
		assertThat(submitted.counted()).isEqualTo(approved.counted());
		assertThat(submitted.revision().status()).isEqualTo(DataValueStatus.SUBMITTED);
		Figure returned = submitted.returnWith("kiểm tra lại", "head", NOW);
		assertThat(returned.counted()).isEqualTo(approved.counted());
		Figure reapproved = submitted.approve("head", NOW);
		assertThat(reapproved.counted().value()).isEqualByComparingTo("3181");
		assertThat(reapproved.revision()).isNull();
	}

	@Test
	void a_deletion_waits_like_any_revision_and_removes_the_figure_once_approved() {
		Figure approved = Figure.NONE.approveDirectly(version("70"));
		Figure deletion = approved.submit(version(null));
		assertThat(deletion.counted()).isEqualTo(approved.counted());
		assertThat(deletion.approve("head", NOW)).isEqualTo(Figure.NONE);
		assertThat(approved.approveDirectly(version(null))).isEqualTo(Figure.NONE);
	}

	@Test
	void only_a_submission_can_be_approved_or_returned() {
		Figure approved = Figure.NONE.approveDirectly(version("1"));
		assertThat(approved.approve("head", NOW)).isNull();
		assertThat(approved.draft(version("2")).returnWith("x", "head", NOW)).isNull();
		assertThat(Figure.NONE.approve("head", NOW)).isNull();
	}

	private static Figure.Version version(String value) {
		return new Figure.Version(1, 2, 2024, 1, value == null ? null : new BigDecimal(value), null, "nhaplieu", NOW);
	}

}

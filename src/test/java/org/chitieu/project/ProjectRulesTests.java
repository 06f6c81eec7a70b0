package org.chitieu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.chitieu.progress.Evaluation;
import org.chitieu.progress.Status;
import org.chitieu.project.ProjectRules.Reason;
import org.chitieu.project.ProjectRules.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRulesTests {

	private static final LocalDate MAY_14 = LocalDate.of(2024, 5, 14);

	@Test
	void a_milestone_reached_late_slipped_by_the_days_between_plan_and_actual() {
		assertThat(ProjectRules.slippageDays(milestone("2023-12-15", "2023-12-20"), MAY_14)).isEqualTo(5);
	}

	@Test
	void a_milestone_reached_early_has_negative_slippage() {
		assertThat(ProjectRules.slippageDays(milestone("2024-01-20", "2024-01-18"), MAY_14)).isEqualTo(-2);
	}

	@Test
	void an_unreached_milestone_slips_by_the_days_it_is_overdue_on_the_given_date() {
		assertThat(ProjectRules.slippageDays(milestone("2024-03-31", null), MAY_14)).isEqualTo(44);
		assertThat(ProjectRules.slippageDays(milestone("2024-03-31", null), LocalDate.of(2024, 4, 1))).isEqualTo(1);
	}

	@Test
	void an_unreached_milestone_not_yet_due_has_not_slipped() {
		assertThat(ProjectRules.slippageDays(milestone("2024-08-30", null), MAY_14)).isZero();
	}

	@Test
	void disbursement_at_or_above_the_schedule_is_on_track() {
		Verdict verdict = ProjectRules.status(disbursement("8.5", "7.5", Status.ON_TRACK), List.of(), MAY_14);
		assertThat(verdict.status()).isEqualTo(ProjectStatus.ON_TRACK);
		assertThat(verdict.reasons()).extracting(Reason::key).containsExactly("project.reason.onTrack");
	}

	@Test
	void disbursement_short_of_the_schedule_but_above_80_percent_of_it_is_at_risk() {
		Verdict verdict = ProjectRules.status(disbursement("4.3", "5", Status.BEHIND), List.of(), MAY_14);
		assertThat(verdict.status()).isEqualTo(ProjectStatus.AT_RISK);
		assertThat(verdict.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.key()).isEqualTo("project.reason.disbursementShort");
			assertThat((BigDecimal) reason.arguments().get(2)).isEqualByComparingTo("86");
		});
	}

	@Test
	void disbursement_below_80_percent_of_the_schedule_is_behind() {
		assertThat(ProjectRules.status(disbursement("3.9", "5", Status.BEHIND), List.of(), MAY_14).status())
			.isEqualTo(ProjectStatus.BEHIND);
		assertThat(ProjectRules.status(disbursement("4", "5", Status.BEHIND), List.of(), MAY_14).status())
			.isEqualTo(ProjectStatus.AT_RISK);
	}

	@Test
	void no_disbursement_at_all_against_a_schedule_is_behind() {
		assertThat(ProjectRules.status(disbursement(null, "5", Status.NO_DATA), List.of(), MAY_14).status())
			.isEqualTo(ProjectStatus.BEHIND);
	}

	@Test
	void a_milestone_overdue_up_to_30_days_puts_the_project_at_risk_and_beyond_behind() {
		Evaluation onTrack = disbursement("8.5", "7.5", Status.ON_TRACK);
		assertThat(ProjectRules.status(onTrack, List.of(milestone("2024-04-14", null)), MAY_14).status())
			.isEqualTo(ProjectStatus.AT_RISK);
		Verdict late = ProjectRules.status(onTrack, List.of(milestone("2024-03-31", null)), MAY_14);
		assertThat(late.status()).isEqualTo(ProjectStatus.BEHIND);
		assertThat(late.reasons()).singleElement()
			.isEqualTo(new Reason("project.reason.milestoneOverdue", "Hoàn thành GPMB", 44L));
	}

	@Test
	void a_milestone_reached_late_is_history_and_does_not_count() {
		Verdict verdict = ProjectRules.status(disbursement("8.5", "7.5", Status.ON_TRACK),
				List.of(milestone("2024-01-15", "2024-04-30")), MAY_14);
		assertThat(verdict.status()).isEqualTo(ProjectStatus.ON_TRACK);
	}

	@Test
	void reasons_come_worst_first_and_an_on_track_disbursement_is_not_one_of_them_when_something_is_wrong() {
		Verdict verdict = ProjectRules.status(disbursement("4.3", "5", Status.BEHIND),
				List.of(milestone("2024-03-31", null)), MAY_14);
		assertThat(verdict.status()).isEqualTo(ProjectStatus.BEHIND);
		assertThat(verdict.reasons()).extracting(Reason::key)
			.containsExactly("project.reason.milestoneOverdue", "project.reason.disbursementShort");
		Verdict slippingOnly = ProjectRules.status(disbursement("8.5", "7.5", Status.ON_TRACK),
				List.of(milestone("2024-05-01", null)), MAY_14);
		assertThat(slippingOnly.reasons()).extracting(Reason::key).containsExactly("project.reason.milestoneOverdue");
	}

	@Test
	void a_year_without_a_capital_plan_is_judged_on_milestones_alone() {
		Verdict verdict = ProjectRules.status(null, List.of(), MAY_14);
		assertThat(verdict.status()).isEqualTo(ProjectStatus.ON_TRACK);
		assertThat(verdict.reasons()).extracting(Reason::key).containsExactly("project.reason.noCapitalPlan");
		assertThat(ProjectRules.status(null, List.of(milestone("2024-03-31", null)), MAY_14).status())
			.isEqualTo(ProjectStatus.BEHIND);
	}

	@Test
	void percent_of_schedule_is_actual_over_expected() {
		assertThat(ProjectRules.percentOfSchedule(disbursement("13.5", "23.333333333333333", Status.BEHIND)))
			.isCloseTo(new BigDecimal("57.857"), org.assertj.core.data.Offset.offset(new BigDecimal("0.001")));
		assertThat(ProjectRules.percentOfSchedule(disbursement("1", "0", Status.ACHIEVED))).isNull();
	}

	private static Milestone milestone(String planned, String actual) {
		return new Milestone(1, "GPMB", "Hoàn thành GPMB", LocalDate.parse(planned),
				actual == null ? null : LocalDate.parse(actual), null);
	}

	private static Evaluation disbursement(String actual, String expected, Status status) {
		return new Evaluation(new BigDecimal("100"), new BigDecimal(expected),
				actual == null ? null : new BigDecimal(actual), status, null, null, null, null, null);
	}

}

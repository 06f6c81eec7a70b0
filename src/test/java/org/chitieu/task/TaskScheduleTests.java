package org.chitieu.task;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status words the province counts, on fixed dates around a deadline of 15/6/2024. */
class TaskScheduleTests {

	private static final LocalDate ASSIGNED = LocalDate.of(2024, 5, 27);

	private static final LocalDate DEADLINE = LocalDate.of(2024, 6, 15);

	private static final TaskSchedule ONCE = TaskSchedule.once(ASSIGNED, DEADLINE);

	private static final TaskSchedule MONTHLY = TaskSchedule.every(ASSIGNED, Recurrence.MONTHLY);

	@Test
	void nothing_reported_before_the_deadline_is_not_yet_due() {
		assertThat(ONCE.status(List.of(), LocalDate.of(2024, 6, 1))).isEqualTo(TaskStatus.NOT_YET_DUE);
	}

	@Test
	void progress_reported_before_the_deadline_is_in_progress() {
		assertThat(ONCE.status(List.of(mark(6, 3, 40)), LocalDate.of(2024, 6, 10))).isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void due_today_is_not_overdue() {
		assertThat(ONCE.status(List.of(), DEADLINE)).isEqualTo(TaskStatus.NOT_YET_DUE);
		assertThat(ONCE.status(List.of(mark(6, 3, 40)), DEADLINE)).isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void due_yesterday_without_completion_is_overdue() {
		assertThat(ONCE.status(List.of(mark(6, 3, 90)), DEADLINE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
		assertThat(ONCE.status(List.of(), DEADLINE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
	}

	@Test
	void done_on_the_deadline_is_done_on_time() {
		assertThat(ONCE.status(List.of(mark(6, 15, 100)), LocalDate.of(2024, 6, 24))).isEqualTo(TaskStatus.DONE_ON_TIME);
	}

	@Test
	void done_before_the_deadline_stays_done_on_time_after_it() {
		TaskSchedule.Assessment assessment = ONCE.assess(List.of(mark(6, 2, 50), mark(6, 12, 100)),
				LocalDate.of(2024, 7, 30));
		assertThat(assessment.status()).isEqualTo(TaskStatus.DONE_ON_TIME);
		assertThat(assessment.completedOn()).isEqualTo(LocalDate.of(2024, 6, 12));
		assertThat(assessment.percentDone()).isEqualTo(100);
	}

	@Test
	void done_after_the_deadline_is_done_late() {
		assertThat(ONCE.status(List.of(mark(6, 16, 100)), LocalDate.of(2024, 6, 24))).isEqualTo(TaskStatus.DONE_LATE);
	}

	@Test
	void a_report_dated_after_the_day_asked_about_does_not_count() {
		List<ProgressMark> reports = List.of(mark(6, 12, 100));
		assertThat(ONCE.status(reports, LocalDate.of(2024, 6, 11))).isEqualTo(TaskStatus.NOT_YET_DUE);
		assertThat(ONCE.status(reports, LocalDate.of(2024, 6, 12))).isEqualTo(TaskStatus.DONE_ON_TIME);
	}

	@Test
	void due_within_seven_days_counts_today_and_the_seventh_day_but_not_the_eighth() {
		LocalDate asOf = LocalDate.of(2024, 6, 8);
		assertThat(ONCE.assess(List.of(), asOf).dueWithin(asOf, 7)).isTrue();
		assertThat(ONCE.assess(List.of(), DEADLINE).dueWithin(DEADLINE, 7)).isTrue();
		assertThat(ONCE.assess(List.of(), asOf.minusDays(1)).dueWithin(asOf.minusDays(1), 7)).isFalse();
		assertThat(ONCE.assess(List.of(), DEADLINE.plusDays(1)).dueWithin(DEADLINE.plusDays(1), 7)).isFalse();
		assertThat(ONCE.assess(List.of(mark(6, 8, 100)), asOf).dueWithin(asOf, 7)).isFalse();
	}

	@Test
	void a_monthly_task_is_not_due_in_the_month_it_was_assigned_in() {
		TaskSchedule.Assessment assessment = MONTHLY.assess(List.of(), LocalDate.of(2024, 5, 28));
		assertThat(assessment.status()).isEqualTo(TaskStatus.NOT_YET_DUE);
		assertThat(assessment.dueOn()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(MONTHLY.status(List.of(), LocalDate.of(2024, 6, 1))).isEqualTo(TaskStatus.NOT_YET_DUE);
		assertThat(MONTHLY.assess(List.of(), LocalDate.of(2024, 6, 10)).dueOn()).isEqualTo(LocalDate.of(2024, 6, 30));
	}

	@Test
	void a_monthly_task_reported_in_full_within_the_month_is_done_on_time() {
		assertThat(MONTHLY.status(List.of(mark(6, 20, 100)), LocalDate.of(2024, 6, 30))).isEqualTo(TaskStatus.DONE_ON_TIME);
	}

	@Test
	void a_monthly_task_without_last_months_report_is_overdue_then_done_late() {
		TaskSchedule.Assessment overdue = MONTHLY.assess(List.of(mark(6, 20, 60)), LocalDate.of(2024, 7, 1));
		assertThat(overdue.status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(MONTHLY.status(List.of(mark(6, 20, 60), mark(7, 3, 100)), LocalDate.of(2024, 7, 5)))
			.isEqualTo(TaskStatus.DONE_LATE);
	}

	@Test
	void a_monthly_task_reported_last_month_starts_the_new_month_not_yet_due() {
		assertThat(MONTHLY.status(List.of(mark(6, 28, 100)), LocalDate.of(2024, 7, 1))).isEqualTo(TaskStatus.NOT_YET_DUE);
	}

	@Test
	void a_quarterly_task_is_due_on_the_last_day_of_the_quarter() {
		TaskSchedule quarterly = TaskSchedule.every(LocalDate.of(2024, 4, 1), Recurrence.QUARTERLY);
		assertThat(quarterly.assess(List.of(), LocalDate.of(2024, 5, 20)).dueOn()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(quarterly.status(List.of(), LocalDate.of(2024, 7, 1))).isEqualTo(TaskStatus.OVERDUE);
	}

	private static ProgressMark mark(int month, int day, int percent) {
		return new ProgressMark(LocalDate.of(2024, month, day), percent);
	}

}

package org.chitieu.task;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The on-time rate counts the tasks whose deadline has come: done on time among done and overdue. */
class TaskOversightTests {

	@Test
	void the_on_time_rate_ignores_tasks_not_yet_due_and_in_progress() {
		assertThat(TaskOversight.onTimeRate(counts(3, 1, 0, 5, 7))).isEqualTo(75.0);
		assertThat(TaskOversight.onTimeRate(counts(1, 1, 2, 0, 0))).isEqualTo(25.0);
	}

	@Test
	void with_no_deadline_come_there_is_no_rate() {
		assertThat(TaskOversight.onTimeRate(counts(0, 0, 0, 2, 3))).isNull();
	}

	private static Map<TaskStatus, Integer> counts(int onTime, int late, int overdue, int inProgress, int notYetDue) {
		Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
		counts.put(TaskStatus.DONE_ON_TIME, onTime);
		counts.put(TaskStatus.DONE_LATE, late);
		counts.put(TaskStatus.OVERDUE, overdue);
		counts.put(TaskStatus.IN_PROGRESS, inProgress);
		counts.put(TaskStatus.NOT_YET_DUE, notYetDue);
		return counts;
	}

}

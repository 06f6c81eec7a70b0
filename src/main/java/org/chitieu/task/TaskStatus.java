package org.chitieu.task;

/**
 * Where a task stands on a given date, as the province's statistics count it. The rules are in
 * {@link TaskSchedule#status}.
 */
public enum TaskStatus {
	/** Chưa đến hạn: the deadline has not passed and the lead agency has reported nothing yet. */
	NOT_YET_DUE,
	/** Đang thực hiện: the deadline has not passed and the lead agency has reported progress. */
	IN_PROGRESS,
	/** Quá hạn: the deadline has passed and the task is not done. */
	OVERDUE,
	/** Hoàn thành đúng hạn: done on or before the deadline. */
	DONE_ON_TIME,
	/** Hoàn thành quá hạn: done after the deadline. */
	DONE_LATE;

	public boolean done() {
		return this == DONE_ON_TIME || this == DONE_LATE;
	}

	public String messageKey() {
		return "task.status." + name();
	}

}

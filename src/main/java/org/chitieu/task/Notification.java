package org.chitieu.task;

import java.time.Instant;
import java.time.LocalDate;

/** One message in a user's inbox; {@code subject} is the task's title or the obstacle's description. */
public record Notification(long id, long userId, Kind kind, Long taskId, Long obstacleId, String subject,
		LocalDate dueOn, Instant createdAt, Instant readAt) {

	public String messageKey() {
		return "task.notification." + this.kind.name();
	}

	public enum Kind {
		/** A task was assigned to the user's agency, as lead or co-agency. */
		ASSIGNED,
		/** The deadline is near (chitieu.task.reminder-days). */
		DUE_SOON,
		/** The deadline passed and the task is not done. */
		OVERDUE,
		/** An obstacle waits for the leader's answer. */
		OBSTACLE,
		/** The leader answered an obstacle the user's agency raised. */
		ANSWER,
		/** A figure the user submitted was returned; the subject names it and gives the reason. */
		RETURNED
	}

}

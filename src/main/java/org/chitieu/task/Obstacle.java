package org.chitieu.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A difficulty raised on a task or a project: what is needed from whom, and the leader's answer. */
public record Obstacle(long id, long orgUnitId, Long taskId, String projectCode, long agencyId, String description,
		String needed, String neededFrom, LocalDate raisedOn, String raisedBy, String answer, LocalDate answeredOn,
		String answeredBy) {

	public boolean resolved() {
		return this.answeredOn != null;
	}

	/** Days from raising to the answer, or to {@code asOf} while it waits. */
	public long daysOpen(LocalDate asOf) {
		return ChronoUnit.DAYS.between(this.raisedOn, resolved() ? this.answeredOn : asOf);
	}

}

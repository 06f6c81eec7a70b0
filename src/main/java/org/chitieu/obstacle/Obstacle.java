package org.chitieu.obstacle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A difficulty raised on a task, a project or both: the agency that owns it, what is needed from whom,
 * and its status with the day of each step. {@code resolution} is the leader's answer or decision;
 * {@code agencyId}, {@code needed} and {@code raisedBy} are unknown for obstacles recorded on a
 * project before the two registers were one.
 */
public record Obstacle(long id, long orgUnitId, Long taskId, String projectCode, Long agencyId, String description,
		String needed, String neededFrom, ObstacleStatus status, LocalDate raisedOn, String raisedBy,
		LocalDate escalatedOn, LocalDate resolvedOn, String resolution, String resolvedBy) {

	public boolean resolved() {
		return this.status == ObstacleStatus.RESOLVED;
	}

	/** Days from raising to the resolution, or to {@code asOf} while it waits. */
	public long daysOpen(LocalDate asOf) {
		return ChronoUnit.DAYS.between(this.raisedOn, resolved() ? this.resolvedOn : asOf);
	}

}

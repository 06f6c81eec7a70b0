package org.chitieu.obstacle;

import java.time.LocalDate;

/**
 * An obstacle as raised, its subject already checked by the module that took it: a task, a project or
 * both; {@code status} OPEN, or ESCALATED when it goes to the leaders as it is raised.
 */
public record NewObstacle(long orgUnitId, Long taskId, String projectCode, Long agencyId, String description,
		String needed, String neededFrom, ObstacleStatus status, LocalDate raisedOn, String raisedBy) {
}

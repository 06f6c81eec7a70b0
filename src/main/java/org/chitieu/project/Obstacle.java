package org.chitieu.project;

import java.time.LocalDate;

/** A difficulty (khó khăn, vướng mắc) holding a project back, and what is needed from whom. */
public record Obstacle(long id, String description, Long ownerAgencyId, String neededFrom, ObstacleStatus status,
		LocalDate raisedOn, LocalDate escalatedOn, LocalDate resolvedOn, String resolution) {
}

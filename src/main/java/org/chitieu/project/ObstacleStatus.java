package org.chitieu.project;

/** An obstacle is raised OPEN, may be ESCALATED to the leaders, and ends RESOLVED. */
public enum ObstacleStatus {
	OPEN, ESCALATED, RESOLVED
}

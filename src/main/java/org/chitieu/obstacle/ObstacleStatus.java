package org.chitieu.obstacle;

/** An obstacle is raised OPEN, may be ESCALATED to the leaders, and ends RESOLVED. */
public enum ObstacleStatus {

	OPEN, ESCALATED, RESOLVED;

	/** OPEN → ESCALATED, and OPEN or ESCALATED → RESOLVED; nothing leaves RESOLVED. */
	public boolean canBecome(ObstacleStatus target) {
		return switch (target) {
			case OPEN -> false;
			case ESCALATED -> this == OPEN;
			case RESOLVED -> this != RESOLVED;
		};
	}

}

package org.chitieu.project;

/**
 * A figure of the projects that an indicator can take its monthly values from. A flow is summed
 * over the month's reports; a level is each project's latest reported value, carried forward.
 */
public enum ProjectField {
	DISBURSED(false), CAPITAL_PLAN(true), COMPENSATION_APPROVED(true), COMPENSATION_PAID(true),
	AFFECTED_HOUSEHOLDS(true), AREA_HA(true), HANDED_OVER_HOUSEHOLDS(true);

	private final boolean level;

	ProjectField(boolean level) {
		this.level = level;
	}

	public boolean level() {
		return this.level;
	}
}

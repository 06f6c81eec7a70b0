package org.chitieu.project;

/** Where a project is in its life, as the investor records it. */
public enum ProjectStage {
	PREPARATION, CONSTRUCTION, COMPLETED, SUSPENDED
}

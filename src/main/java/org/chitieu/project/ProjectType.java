package org.chitieu.project;

/** What kind of project: a capital construction work, a key project (trọng điểm), and so on. */
public enum ProjectType {
	CAPITAL_WORK, KEY_PROJECT, BREAKTHROUGH_PROGRAMME, INDUSTRIAL_CLUSTER, RESETTLEMENT_AREA, SITE_CLEARANCE
}

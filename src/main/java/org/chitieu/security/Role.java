package org.chitieu.security;

/** What a user does at the People's Committee; see DESIGN.md "Who uses it". */
public enum Role {
	/** IT staff of the committee's office: everything, users and metadata. */
	ADMIN,
	/** Chairman, vice-chairmen: see the unit's subtree, direct. */
	LEADER,
	/** Văn phòng: meetings, tasks, reports, publication, period locks. */
	OFFICE,
	/** Head of a department: approves or returns the department's data. */
	AGENCY_HEAD,
	/** Department or commune staff: enters and submits the department's data. */
	REPORTER
}

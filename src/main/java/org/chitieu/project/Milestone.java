package org.chitieu.project;

import java.time.LocalDate;

/** A step of a project with the date it was planned for and, once reached, the date it was reached. */
public record Milestone(long id, String code, String name, LocalDate plannedDate, LocalDate actualDate, String note) {

	public boolean reached() {
		return this.actualDate != null;
	}

}

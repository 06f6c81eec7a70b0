package org.chitieu.task;

import java.time.LocalDate;

/** One progress report of a task's lead agency, as the status rules read it. */
public record ProgressMark(LocalDate reportedOn, int percentDone) {

	boolean complete() {
		return this.percentDone >= 100;
	}

}

package org.chitieu.task;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A task as the API, the pages and the reports show it on a given date: codes instead of ids, its
 * status, the deadline it is judged against, the latest percentage and the obstacles still waiting.
 */
public record TaskView(long id, String title, TaskSource source, String sourceReference, Long meetingId,
		String orgUnit, String leadAgency, String leadAgencyName, List<String> coAgencies, LocalDate assignedOn,
		LocalDate deadline, Recurrence recurrence, Priority priority, String indicator, String project,
		String targetOrgUnit, LocalDate asOf, TaskStatus status, LocalDate dueOn, LocalDate completedOn,
		Integer percentDone, int openObstacles) {

	/** An obstacle raised on the task waits for the leader's answer. */
	@JsonProperty("blocked")
	public boolean blocked() {
		return this.openObstacles > 0;
	}

}

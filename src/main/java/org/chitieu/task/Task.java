package org.chitieu.task;

import java.time.LocalDate;
import java.util.List;

/** A directive as stored: who leads it, with whom, by when, and what it is about. */
public record Task(long id, long orgUnitId, String title, TaskSource source, String sourceReference, Long meetingId,
		long leadAgencyId, List<Long> coAgencyIds, LocalDate assignedOn, LocalDate deadline, Recurrence recurrence,
		Priority priority, String indicatorCode, String projectCode, Long targetOrgUnitId) {

	public TaskSchedule schedule() {
		return new TaskSchedule(this.assignedOn, this.deadline, this.recurrence);
	}

	/** Whether the agency leads the task or takes part in it. */
	public boolean involves(Long agencyId) {
		return agencyId != null && (agencyId == this.leadAgencyId || this.coAgencyIds.contains(agencyId));
	}

}

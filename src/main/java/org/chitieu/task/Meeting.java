package org.chitieu.task;

import java.time.LocalDate;
import java.util.List;

/** A meeting of the committee, with its numbered conclusions and, once issued, its conclusion notice. */
public record Meeting(long id, long orgUnitId, MeetingType type, LocalDate heldOn, String title, String chairTitle,
		String agenda, String minutes, String noticeNumber, LocalDate noticeDate, List<Long> agencyIds,
		List<Conclusion> conclusions) {

	public boolean noticeIssued() {
		return this.noticeNumber != null;
	}

	/** A numbered conclusion and, when one is proposed, who should carry it out by when. */
	public record Conclusion(long id, int itemNo, String text, Long leadAgencyId, List<Long> coAgencyIds,
			LocalDate deadline, Recurrence recurrence, Priority priority, String indicatorCode, String projectCode,
			Long taskId) {
	}

}

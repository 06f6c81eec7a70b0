package org.chitieu.task;

import java.time.LocalDate;
import java.util.List;

/** A progress report of the lead agency, or a co-agency's part. */
public record TaskReport(long id, long taskId, long agencyId, LocalDate reportedOn, int percentDone, String text,
		String createdBy, List<AttachmentInfo> attachments) {

	/** An attached file without its bytes. */
	public record AttachmentInfo(long id, String fileName, String contentType, int size) {
	}

}

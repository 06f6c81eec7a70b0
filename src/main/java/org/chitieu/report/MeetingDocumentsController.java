package org.chitieu.report;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/meetings/{id}/notice?format=docx|pdf}: the conclusion notice of a meeting, and
 * {@code GET /api/v1/reports/before-meeting?orgUnit=&period=&format=docx|pdf}: the office's report for the
 * meeting, both in the committee's layout.
 */
@RestController
class MeetingDocumentsController {

	private final MeetingDocuments documents;

	private final ReportFiles files;

	private final ProgressService progress;

	private final AccessPolicy access;

	MeetingDocumentsController(MeetingDocuments documents, ReportFiles files, ProgressService progress,
			AccessPolicy access) {
		this.documents = documents;
		this.files = files;
		this.progress = progress;
		this.access = access;
	}

	@GetMapping("/api/v1/meetings/{id}/notice")
	ResponseEntity<byte[]> notice(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam(defaultValue = "docx") String format) {
		ReportFormat documentFormat = format(format);
		return this.files.document(this.documents.conclusionNotice(user, id), documentFormat, "thong-bao-ket-luan-" + id)
			.response();
	}

	@GetMapping("/api/v1/reports/before-meeting")
	ResponseEntity<byte[]> beforeMeeting(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period, @RequestParam(defaultValue = "docx") String format) {
		ReportFormat documentFormat = format(format);
		OrgUnit unit = this.progress.orgUnit(orgUnit);
		this.access.checkRead(user, unit.id());
		return this.files
			.document(this.documents.beforeMeeting(user, unit, ReportsController.month(period)), documentFormat,
					"bao-cao-truoc-cuoc-hop-" + period + "-" + unit.code())
			.response();
	}

	/** Word or PDF: the documents a meeting needs. */
	private static ReportFormat format(String format) {
		return ReportFormat.parse(format)
			.filter(known -> known == ReportFormat.DOCX || known == ReportFormat.PDF)
			.orElseThrow(() -> new InvalidInputException("report.invalid",
					InputError.of("format", "meetingNotice.format", format)));
	}

}

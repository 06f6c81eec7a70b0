package org.chitieu.task;

import java.time.LocalDate;
import java.util.List;

import org.chitieu.security.ChiTieuUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meetings")
class MeetingController {

	private final MeetingService meetings;

	private final Directory directory;

	MeetingController(MeetingService meetings, Directory directory) {
		this.meetings = meetings;
		this.directory = directory;
	}

	@GetMapping
	List<MeetingView> list(@AuthenticationPrincipal ChiTieuUser user) {
		Directory.Lookup lookup = this.directory.lookup();
		return this.meetings.list(user).stream().map(meeting -> MeetingView.of(meeting, lookup)).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	MeetingView create(@AuthenticationPrincipal ChiTieuUser user, @RequestBody MeetingService.MeetingForm form) {
		return MeetingView.of(this.meetings.create(user, form), this.directory.lookup());
	}

	@GetMapping("/{id}")
	MeetingView get(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id) {
		return MeetingView.of(this.meetings.get(user, id), this.directory.lookup());
	}

	/** Issues the conclusion notice; the chosen items become tasks. */
	@PostMapping("/{id}/notice")
	MeetingView issueNotice(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestBody MeetingService.NoticeForm form) {
		return MeetingView.of(this.meetings.issueNotice(user, id, form), this.directory.lookup());
	}

	@GetMapping("/{id}/tasks")
	List<TaskView> directives(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.meetings.directives(user, id, asOf);
	}

	/** A meeting with codes instead of ids, as the API shows it. */
	record MeetingView(long id, String orgUnit, MeetingType type, LocalDate heldOn, String title, String chairTitle,
			List<String> agencies, String agenda, String minutes, String noticeNumber, LocalDate noticeDate,
			List<ConclusionView> conclusions) {

		static MeetingView of(Meeting meeting, Directory.Lookup lookup) {
			return new MeetingView(meeting.id(), lookup.unitCode(meeting.orgUnitId()), meeting.type(), meeting.heldOn(),
					meeting.title(), meeting.chairTitle(), meeting.agencyIds().stream().map(lookup::agencyCode).toList(),
					meeting.agenda(), meeting.minutes(), meeting.noticeNumber(), meeting.noticeDate(),
					meeting.conclusions()
						.stream()
						.map(c -> new ConclusionView(c.itemNo(), c.text(), lookup.agencyCode(c.leadAgencyId()),
								c.coAgencyIds().stream().map(lookup::agencyCode).toList(), c.deadline(), c.recurrence(),
								c.priority(), c.indicatorCode(), c.projectCode(), c.taskId()))
						.toList());
		}

	}

	record ConclusionView(int item, String text, String leadAgency, List<String> coAgencies, LocalDate deadline,
			Recurrence recurrence, Priority priority, String indicator, String project, Long taskId) {
	}

}

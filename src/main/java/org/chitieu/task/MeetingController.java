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

	MeetingController(MeetingService meetings) {
		this.meetings = meetings;
	}

	@GetMapping
	List<Meeting> list(@AuthenticationPrincipal ChiTieuUser user) {
		return this.meetings.list(user);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Meeting create(@AuthenticationPrincipal ChiTieuUser user, @RequestBody MeetingService.MeetingForm form) {
		return this.meetings.create(user, form);
	}

	@GetMapping("/{id}")
	Meeting get(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id) {
		return this.meetings.get(user, id);
	}

	/** Issues the conclusion notice; the chosen items become tasks. */
	@PostMapping("/{id}/notice")
	Meeting issueNotice(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestBody MeetingService.NoticeForm form) {
		return this.meetings.issueNotice(user, id, form);
	}

	@GetMapping("/{id}/tasks")
	List<TaskView> directives(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.meetings.directives(user, id, asOf);
	}

}

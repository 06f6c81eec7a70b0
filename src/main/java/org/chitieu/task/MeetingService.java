package org.chitieu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their conclusions. Issuing the conclusion notice turns the chosen items into tasks,
 * assigned on the notice's date: all of them, or none when one is not ready.
 */
@Service
public class MeetingService {

	/** A notice number as the committee writes it: "123/TB-UBND". */
	private static final Pattern NOTICE_NUMBER = Pattern.compile("^\\d{1,6}/TB-[\\p{Lu}\\p{N}-]{1,30}$");

	private final Meetings meetings;

	private final Tasks tasks;

	private final TaskService taskService;

	private final Directory directory;

	private final TaskAccess access;

	private final Clock clock;

	MeetingService(Meetings meetings, Tasks tasks, TaskService taskService, Directory directory, TaskAccess access,
			Clock clock) {
		this.meetings = meetings;
		this.tasks = tasks;
		this.taskService = taskService;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	public List<Meeting> list(ChiTieuUser user) {
		TaskAccess.Scope scope = this.access.scope(user);
		return this.meetings.findAll().stream().filter(scope::canSee).toList();
	}

	public Meeting get(ChiTieuUser user, long id) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(() -> new NotFoundException("task.meetingNotFound", id));
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canSee(meeting), "cannot see meeting " + id);
		return meeting;
	}

	/** The tasks issued from the meeting's notice, with their status on {@code asOf}. */
	public List<TaskView> directives(ChiTieuUser user, long meetingId, LocalDate asOf) {
		get(user, meetingId);
		TaskAccess.Scope scope = this.access.scope(user);
		return this.taskService.views(this.tasks.findByMeeting(meetingId).stream().filter(scope::canSee).toList(),
				asOf == null ? LocalDate.now(this.clock) : asOf);
	}

	@Transactional
	public Meeting create(ChiTieuUser user, MeetingForm form) {
		Directory.Lookup lookup = this.directory.lookup();
		List<InputError> errors = new ArrayList<>();
		OrgUnit unit = null;
		if (form.orgUnit() == null || form.orgUnit().isBlank()) {
			errors.add(InputError.of("orgUnit", "task.required"));
		}
		else if ((unit = lookup.unitsByCode().get(form.orgUnit())) == null) {
			errors.add(InputError.of("orgUnit", "task.unknownOrgUnit", form.orgUnit()));
		}
		if (form.type() == null) {
			errors.add(InputError.of("type", "task.required"));
		}
		if (form.heldOn() == null) {
			errors.add(InputError.of("heldOn", "task.required"));
		}
		String title = AssignmentCheck.text(form.title(), true, 500, "title", errors);
		String chair = AssignmentCheck.text(form.chairTitle(), true, 200, "chairTitle", errors);
		String agenda = AssignmentCheck.text(form.agenda(), false, 20_000, "agenda", errors);
		String minutes = AssignmentCheck.text(form.minutes(), false, 100_000, "minutes", errors);
		List<Long> agencies = new ArrayList<>();
		List<String> agencyCodes = form.agencies() == null ? List.of() : form.agencies();
		for (int i = 0; i < agencyCodes.size(); i++) {
			Agency agency = lookup.agenciesByCode().get(agencyCodes.get(i));
			if (agency == null) {
				errors.add(InputError.of("agencies[" + i + "]", "task.unknownAgency", String.valueOf(agencyCodes.get(i))));
			}
			else if (!agencies.contains(agency.id())) {
				agencies.add(agency.id());
			}
		}
		List<Meeting.Conclusion> conclusions = new ArrayList<>();
		List<ConclusionForm> items = form.conclusions() == null ? List.of() : form.conclusions();
		for (int i = 0; i < items.size(); i++) {
			String at = "conclusions[" + i + "].";
			ConclusionForm item = items.get(i);
			if (item == null) {
				errors.add(InputError.of("conclusions[" + i + "]", "task.required"));
				continue;
			}
			String text = AssignmentCheck.text(item.text(), true, AssignmentCheck.MAX_TEXT, at + "text", errors);
			Agency lead = AssignmentCheck.lead(lookup, item.leadAgency(), false, at, errors);
			List<Long> co = AssignmentCheck.coAgencies(lookup, item.coAgencies(), lead, at, errors);
			AssignmentCheck.schedule(item.deadline(), item.recurrence(), form.heldOn(), false, at, errors);
			String indicator = this.taskService.indicator(item.indicator(), at + "indicator", errors);
			String project = AssignmentCheck.text(item.project(), false, AssignmentCheck.MAX_CODE, at + "project", errors);
			conclusions.add(new Meeting.Conclusion(0, i + 1, text, lead == null ? null : lead.id(), co, item.deadline(),
					item.recurrence(), item.priority() == null ? Priority.NORMAL : item.priority(), indicator, project,
					null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("task.meetingInvalid", errors);
		}
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canDirect(unit.id()), "cannot hold meetings here");
		long id = this.meetings.insert(new Meeting(0, unit.id(), form.type(), form.heldOn(), title, chair, agenda, minutes,
				null, null, agencies, conclusions), user.username(), this.clock.instant());
		return this.meetings.findById(id).orElseThrow();
	}

	/**
	 * Issues the conclusion notice: each chosen item needs a lead agency and a deadline or recurrence,
	 * and becomes a task of source MEETING_CONCLUSION referring to the notice.
	 */
	@Transactional
	public Meeting issueNotice(ChiTieuUser user, long meetingId, NoticeForm form) {
		Meeting meeting = get(user, meetingId);
		List<InputError> errors = new ArrayList<>();
		String number = form.number() == null ? null : form.number().strip();
		if (number == null || number.isEmpty()) {
			errors.add(InputError.of("number", "task.required"));
		}
		else if (!NOTICE_NUMBER.matcher(number).matches()) {
			errors.add(InputError.of("number", "task.noticeNumber", number));
		}
		LocalDate issuedOn = form.issuedOn() == null ? LocalDate.now(this.clock) : form.issuedOn();
		if (issuedOn.isBefore(meeting.heldOn())) {
			errors.add(InputError.of("issuedOn", "task.noticeBeforeMeeting"));
		}
		if (meeting.noticeIssued()) {
			errors.add(InputError.of("number", "task.noticeIssued", meeting.noticeNumber()));
		}
		Map<Integer, Meeting.Conclusion> byItem = meeting.conclusions()
			.stream()
			.collect(Collectors.toMap(Meeting.Conclusion::itemNo, Function.identity()));
		List<Integer> chosen = form.items() == null ? List.of() : form.items();
		if (chosen.isEmpty()) {
			errors.add(InputError.of("items", "task.noItems"));
		}
		Set<Integer> seen = new HashSet<>();
		List<Meeting.Conclusion> toIssue = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			String at = "items[" + i + "]";
			Meeting.Conclusion conclusion = chosen.get(i) == null ? null : byItem.get(chosen.get(i));
			if (conclusion == null) {
				errors.add(InputError.of(at, "task.unknownItem", String.valueOf(chosen.get(i))));
			}
			else if (seen.add(conclusion.itemNo())) {
				if (conclusion.leadAgencyId() == null) {
					errors.add(InputError.of(at, "task.itemWithoutLead", conclusion.itemNo()));
				}
				if (conclusion.deadline() == null && conclusion.recurrence() == null) {
					errors.add(InputError.of(at, "task.itemWithoutDeadline", conclusion.itemNo()));
				}
				else if (conclusion.deadline() != null && conclusion.deadline().isBefore(issuedOn)) {
					errors.add(InputError.of(at, "task.itemDeadlineBeforeNotice", conclusion.itemNo()));
				}
				toIssue.add(conclusion);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("task.noticeInvalid", errors);
		}
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canDirect(meeting.orgUnitId()), "cannot issue the notice of meeting " + meetingId);
		this.meetings.issueNotice(meetingId, number, issuedOn);
		for (Meeting.Conclusion conclusion : toIssue) {
			this.taskService.assign(new Tasks.NewTask(meeting.orgUnitId(), conclusion.text(),
					TaskSource.MEETING_CONCLUSION, number, conclusion.id(), conclusion.leadAgencyId(),
					conclusion.coAgencyIds(), issuedOn, conclusion.deadline(), conclusion.recurrence(),
					conclusion.priority(), conclusion.indicatorCode(), conclusion.projectCode(), null), user.username());
		}
		return this.meetings.findById(meetingId).orElseThrow();
	}

	public record MeetingForm(String orgUnit, MeetingType type, LocalDate heldOn, String title, String chairTitle,
			List<String> agencies, String agenda, String minutes, List<ConclusionForm> conclusions) {
	}

	/** A numbered conclusion (numbered by its position) and, optionally, who carries it out by when. */
	public record ConclusionForm(String text, String leadAgency, List<String> coAgencies, LocalDate deadline,
			Recurrence recurrence, Priority priority, String indicator, String project) {
	}

	/** The notice's number ("123/TB-UBND"), its date, and the item numbers that become tasks. */
	public record NoticeForm(String number, LocalDate issuedOn, List<Integer> items) {
	}

}

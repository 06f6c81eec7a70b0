package org.chitieu.task;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.chitieu.orgunit.Agency;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task pages: a board per agency, a task with its reports and obstacles, a meeting whose
 * conclusions become directives, the leader's view of what is late and blocked, and the inbox.
 * Each action goes through the same services as the API, so the same checks refuse alike.
 */
@Controller
class TaskPages {

	private final TaskService tasks;

	private final MeetingService meetings;

	private final ObstacleService obstacles;

	private final TaskOversight oversight;

	private final Inbox inbox;

	private final Directory directory;

	private final TaskAccess access;

	private final MessageSource messages;

	private final BeforeMeetingReport renderer;

	private final Clock clock;

	TaskPages(TaskService tasks, MeetingService meetings, ObstacleService obstacles, TaskOversight oversight,
			Inbox inbox, Directory directory, TaskAccess access, MessageSource messages, BeforeMeetingReport renderer,
			Clock clock) {
		this.tasks = tasks;
		this.meetings = meetings;
		this.obstacles = obstacles;
		this.oversight = oversight;
		this.inbox = inbox;
		this.directory = directory;
		this.access = access;
		this.messages = messages;
		this.renderer = renderer;
		this.clock = clock;
	}

	/** The board: the user's tasks by lead agency and status; htmx swaps it when a filter changes. */
	@GetMapping("/tasks")
	String board(@AuthenticationPrincipal ChiTieuUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer dueWithinDays, Model model) {
		LocalDate day = asOf == null ? LocalDate.now(this.clock) : asOf;
		List<TaskView> list = this.tasks.list(user, new TaskService.TaskFilter(day, status, agency, dueWithinDays));
		Map<String, List<TaskView>> byAgency = list.stream()
			.collect(Collectors.groupingBy(TaskView::leadAgencyName, TreeMap::new, Collectors.toList()));
		model.addAttribute("asOf", day);
		model.addAttribute("status", status);
		model.addAttribute("agency", agency);
		model.addAttribute("dueWithinDays", dueWithinDays);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("agencies", agencies());
		model.addAttribute("byAgency", byAgency);
		model.addAttribute("canAssign", this.access.scope(user).directs());
		return "task/board";
	}

	@GetMapping("/tasks/new")
	String newTask(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		model.addAttribute("form", new TaskService.TaskForm(null, null, TaskSource.AD_HOC, null, null, List.of(),
				LocalDate.now(this.clock), null, null, Priority.NORMAL, null, null, null));
		return taskForm(model);
	}

	@PostMapping("/tasks")
	String create(@AuthenticationPrincipal ChiTieuUser user, TaskService.TaskForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			TaskView task = this.tasks.create(user, form);
			redirect.addFlashAttribute("success", message("task.page.assigned", locale));
			return "redirect:/tasks/" + task.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", errors(ex, locale));
			model.addAttribute("form", form);
			return taskForm(model);
		}
	}

	@GetMapping("/tasks/{id}")
	String task(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
		TaskView task = this.tasks.get(user, id, asOf);
		Task stored = this.tasks.visible(user, id);
		TaskAccess.Scope scope = this.access.scope(user);
		Directory.Lookup lookup = this.directory.lookup();
		model.addAttribute("task", task);
		model.addAttribute("coAgencyNames", task.coAgencies().stream()
			.map(code -> lookup.agenciesByCode().get(code).name())
			.toList());
		model.addAttribute("reports", this.tasks.reports(user, id));
		model.addAttribute("agencyNames", lookup.agencies().values().stream()
			.collect(Collectors.toMap(Agency::id, Agency::name)));
		model.addAttribute("obstacles", this.obstacles.ofTask(user, id));
		model.addAttribute("canReport", scope.canReport(stored));
		model.addAttribute("isLead", Long.valueOf(stored.leadAgencyId()).equals(user.agencyId()));
		model.addAttribute("canAnswer", user.is(Role.LEADER) || scope.admin());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "task/task";
	}

	@PostMapping("/tasks/{id}/reports")
	String report(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer percentDone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect,
			Locale locale) throws IOException {
		try {
			this.tasks.report(user, id, new TaskService.ReportForm(text, percentDone, reportedOn),
					TaskController.uploads(files));
			redirect.addFlashAttribute("success", message("task.page.reported", locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", errors(ex, locale));
		}
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/obstacles")
	String raise(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, String description, String needed,
			String neededFrom, RedirectAttributes redirect, Locale locale) {
		try {
			this.obstacles.raise(user, new ObstacleService.ObstacleForm(id, null, description, needed, neededFrom));
			redirect.addFlashAttribute("success", message("task.page.raised", locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", errors(ex, locale));
		}
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/obstacles/{id}/answer")
	String answer(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, String answer,
			@RequestParam(defaultValue = "/oversight") String back, RedirectAttributes redirect, Locale locale) {
		try {
			this.obstacles.answer(user, id, new ObstacleService.AnswerForm(answer));
			redirect.addFlashAttribute("success", message("task.page.answered", locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", errors(ex, locale));
		}
		// only back to a page of this application
		return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/oversight");
	}

	@GetMapping("/meetings")
	String meetings(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		model.addAttribute("meetings", this.meetings.list(user));
		model.addAttribute("canCreate", this.access.scope(user).directs());
		return "task/meetings";
	}

	@GetMapping("/meetings/new")
	String newMeeting(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		String unit = user.orgUnitId() == null ? null
				: this.directory.lookup().units().get(user.orgUnitId()).code();
		return meetingForm(model, new MeetingPageForm(unit, MeetingType.MONTHLY_REGULAR, LocalDate.now(this.clock),
				null, null, List.of(), null, null, List.of()));
	}

	/** Records a meeting and its numbered conclusions; the notice that turns them into tasks comes after. */
	@PostMapping("/meetings")
	String createMeeting(@AuthenticationPrincipal ChiTieuUser user, MeetingPageForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			Meeting meeting = this.meetings.create(user, form.toForm());
			redirect.addFlashAttribute("success", message("task.page.meetingSaved", locale));
			return "redirect:/meetings/" + meeting.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", errors(ex, locale));
			return meetingForm(model, form);
		}
	}

	private String meetingForm(Model model, MeetingPageForm form) {
		model.addAttribute("form", form.withEmptyRows(MeetingPageForm.ROWS));
		model.addAttribute("agencies", agencies());
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("priorities", Priority.values());
		return "task/meeting-new";
	}

	/** A meeting: its conclusions, the notice that turns the chosen ones into directives, and their status. */
	@GetMapping("/meetings/{id}")
	String meeting(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
		Meeting meeting = this.meetings.get(user, id);
		LocalDate day = asOf == null ? LocalDate.now(this.clock) : asOf;
		Directory.Lookup lookup = this.directory.lookup();
		model.addAttribute("meeting", meeting);
		model.addAttribute("asOf", day);
		model.addAttribute("agencyNames", lookup.agencies().values().stream()
			.collect(Collectors.toMap(Agency::id, Agency::name)));
		model.addAttribute("directives", this.meetings.directives(user, id, day)
			.stream()
			.collect(Collectors.toMap(TaskView::id, task -> task)));
		model.addAttribute("canIssue", !meeting.noticeIssued() && this.access.scope(user).canDirect(meeting.orgUnitId()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "task/meeting";
	}

	@PostMapping("/meetings/{id}/notice")
	String issue(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) List<Integer> items, RedirectAttributes redirect, Locale locale) {
		try {
			this.meetings.issueNotice(user, id, new MeetingService.NoticeForm(number, issuedOn, items));
			redirect.addFlashAttribute("success", message("task.page.issued", locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", errors(ex, locale));
		}
		return "redirect:/meetings/" + id;
	}

	/** The leader's view: agencies' counts and on-time rates, what is late, what is blocked. */
	@GetMapping("/oversight")
	String oversight(@AuthenticationPrincipal ChiTieuUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
		TaskOversight.LeaderView view = this.oversight.leaderView(user, asOf);
		model.addAttribute("view", view);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("period", YearMonth.from(view.asOf()).toString());
		model.addAttribute("canAnswer", user.is(Role.LEADER) || this.access.scope(user).admin());
		// the report covers the user's own unit; an administrator belongs to none and uses the API
		model.addAttribute("orgUnit", this.directory.lookup().unitCode(user.orgUnitId()));
		model.addAttribute("canReport", this.access.scope(user).directs());
		return "task/oversight";
	}

	/** The pages' own download routes: the API's refuse a browser session by design. */
	@GetMapping("/tasks/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		Tasks.StoredFile file = this.tasks.attachment(user, id, attachmentId);
		return TaskController.download(file.content(), file.contentType(), file.fileName());
	}

	@GetMapping("/oversight/before-meeting")
	ResponseEntity<byte[]> beforeMeeting(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "docx") String format, Locale locale) {
		TaskOversight.BeforeMeeting report = this.oversight.beforeMeeting(user, orgUnit, TaskController.month(period),
				asOf);
		String name = "nhiem-vu-truoc-hop-" + orgUnit + "-" + period;
		return "xlsx".equals(format)
				? TaskController.download(this.renderer.xlsx(report, locale), TaskController.XLSX, name + ".xlsx")
				: TaskController.download(this.renderer.docx(report, locale), TaskController.DOCX, name + ".docx");
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		model.addAttribute("notifications", this.inbox.list(user));
		model.addAttribute("unread", this.inbox.unread(user));
		return "task/inbox";
	}

	@PostMapping("/inbox/{id}/read")
	String read(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id) {
		this.inbox.markRead(user, id);
		return "redirect:/inbox";
	}

	private String taskForm(Model model) {
		model.addAttribute("agencies", agencies());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("recurrences", Recurrence.values());
		return "task/new";
	}

	private List<Agency> agencies() {
		List<Agency> agencies = new ArrayList<>(this.directory.lookup().agencies().values());
		agencies.sort(Comparator.comparing(Agency::name));
		return agencies;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private List<String> errors(InvalidInputException ex, Locale locale) {
		return ex.errors()
			.stream()
			.map(error -> this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))
			.toList();
	}

}

package org.chitieu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.obstacle.Obstacle;
import org.chitieu.obstacle.Obstacles;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directives and their progress. Every write checks the whole request first (400 listing each bad
 * field), then the user's scope (403), and only then writes: all or nothing.
 */
@Service
public class TaskService {

	private final Tasks tasks;

	private final Obstacles obstacles;

	private final Directory directory;

	private final TaskAccess access;

	private final IndicatorCatalogue catalogue;

	private final Inbox inbox;

	private final Clock clock;

	TaskService(Tasks tasks, Obstacles obstacles, Directory directory, TaskAccess access, IndicatorCatalogue catalogue,
			Inbox inbox, Clock clock) {
		this.tasks = tasks;
		this.obstacles = obstacles;
		this.directory = directory;
		this.access = access;
		this.catalogue = catalogue;
		this.inbox = inbox;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The tasks assigned by {@code asOf} that the user may see, filtered as asked, most urgent first. */
	public List<TaskView> list(ChiTieuUser user, TaskFilter filter) {
		TaskAccess.Scope scope = this.access.scope(user);
		LocalDate asOf = filter.asOf() == null ? today() : filter.asOf();
		List<Task> visible = this.tasks.findAll()
			.stream()
			.filter(task -> !task.assignedOn().isAfter(asOf))
			.filter(scope::canSee)
			.toList();
		return views(visible, asOf).stream()
			.filter(filter::matches)
			.sorted(Comparator.comparing(TaskView::dueOn).thenComparing(TaskView::id))
			.toList();
	}

	public TaskView get(ChiTieuUser user, long id, LocalDate asOf) {
		Task task = visible(user, id);
		return views(List.of(task), asOf == null ? today() : asOf).get(0);
	}

	public List<TaskReport> reports(ChiTieuUser user, long taskId) {
		visible(user, taskId);
		return this.tasks.reports(taskId);
	}

	Tasks.StoredFile attachment(ChiTieuUser user, long taskId, long attachmentId) {
		visible(user, taskId);
		return this.tasks.attachment(taskId, attachmentId)
			.orElseThrow(() -> new NotFoundException("task.attachmentNotFound", attachmentId));
	}

	@Transactional
	public TaskView create(ChiTieuUser user, TaskForm form) {
		Directory.Lookup lookup = this.directory.lookup();
		List<InputError> errors = new ArrayList<>();
		String title = AssignmentCheck.text(form.title(), true, AssignmentCheck.MAX_TEXT, "title", errors);
		TaskSource source = form.source() == null ? TaskSource.AD_HOC : form.source();
		if (source == TaskSource.MEETING_CONCLUSION) {
			errors.add(InputError.of("source", "task.sourceFromNotice"));
		}
		String reference = AssignmentCheck.text(form.sourceReference(), source == TaskSource.DOCUMENT, 200,
				"sourceReference", errors);
		Agency lead = AssignmentCheck.lead(lookup, form.leadAgency(), true, "", errors);
		List<Long> co = AssignmentCheck.coAgencies(lookup, form.coAgencies(), lead, "", errors);
		LocalDate assignedOn = form.assignedOn() == null ? today() : form.assignedOn();
		AssignmentCheck.schedule(form.deadline(), form.recurrence(), assignedOn, true, "", errors);
		OrgUnit unit = unit(lookup, form.orgUnit(), "orgUnit", errors);
		OrgUnit target = unit(lookup, form.targetOrgUnit(), "targetOrgUnit", errors);
		long orgUnitId = unit != null ? unit.id() : lead != null ? lead.orgUnitId() : -1;
		String indicator = indicator(form.indicator(), "indicator", errors);
		String project = AssignmentCheck.text(form.project(), false, AssignmentCheck.MAX_CODE, "project", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("task.invalid", errors);
		}
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canDirect(orgUnitId), "cannot assign tasks here");
		Tasks.NewTask task = new Tasks.NewTask(orgUnitId, title, source, reference, null, lead.id(), co, assignedOn,
				form.deadline(), form.recurrence(), form.priority() == null ? Priority.NORMAL : form.priority(),
				indicator, project, target == null ? null : target.id());
		return get(user, assign(task, user.username()), assignedOn);
	}

	/** Writes the task and tells its agencies; for the notice of a meeting too. */
	long assign(Tasks.NewTask task, String by) {
		long id = this.tasks.insert(task, by, this.clock.instant());
		Task stored = this.tasks.findById(id).orElseThrow();
		List<Long> agencies = new ArrayList<>(stored.coAgencyIds());
		agencies.add(0, stored.leadAgencyId());
		this.inbox.toAgencies(agencies, Notification.Kind.ASSIGNED, stored,
				stored.schedule().assess(List.of(), task.assignedOn()).dueOn());
		return id;
	}

	/**
	 * A progress report of the user's agency: the lead agency's counts for the status, a co-agency's
	 * is its part. Attachments are refused when too big or of a type other than PDF, DOCX, XLSX, PNG
	 * or JPEG (judged by their content).
	 */
	@Transactional
	public TaskReport report(ChiTieuUser user, long taskId, ReportForm form, List<Upload> uploads) {
		Task task = this.tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task.notFound", taskId));
		List<InputError> errors = new ArrayList<>();
		String text = AssignmentCheck.text(form.text(), true, AssignmentCheck.MAX_TEXT, "text", errors);
		if (form.percentDone() == null) {
			errors.add(InputError.of("percentDone", "task.required"));
		}
		else if (form.percentDone() < 0 || form.percentDone() > 100) {
			errors.add(InputError.of("percentDone", "task.percent"));
		}
		LocalDate reportedOn = form.reportedOn() == null ? today() : form.reportedOn();
		if (reportedOn.isAfter(today())) {
			errors.add(InputError.of("reportedOn", "task.reportInFuture"));
		}
		else if (reportedOn.isBefore(task.assignedOn())) {
			errors.add(InputError.of("reportedOn", "task.reportBeforeAssignment"));
		}
		List<Attachment> attachments = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			Upload upload = uploads.get(i);
			String at = "files[" + i + "]";
			if (upload.content().length == 0) {
				errors.add(InputError.of(at, "task.fileEmpty", String.valueOf(upload.fileName())));
			}
			else if (upload.content().length > Attachment.MAX_BYTES) {
				errors.add(InputError.of(at, "task.fileTooBig", String.valueOf(upload.fileName()), 10));
			}
			else {
				Attachment.of(upload.fileName(), upload.content())
					.ifPresentOrElse(attachments::add,
							() -> errors.add(InputError.of(at, "task.fileType", String.valueOf(upload.fileName()))));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("task.invalid", errors);
		}
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canReport(task), "cannot report on task " + taskId);
		long reportId = this.tasks.insertReport(taskId, user.agencyId(), reportedOn, form.percentDone(), text,
				user.username(), this.clock.instant());
		attachments.forEach(attachment -> this.tasks.insertAttachment(reportId, attachment));
		return this.tasks.reports(taskId).stream().filter(report -> report.id() == reportId).findFirst().orElseThrow();
	}

	/** The tasks with their status on {@code asOf}, in the given order. */
	List<TaskView> views(List<Task> tasks, LocalDate asOf) {
		Directory.Lookup lookup = this.directory.lookup();
		Map<Long, List<ProgressMark>> marks = this.tasks.leadMarks();
		Map<Long, Long> open = this.obstacles.findAll()
			.stream()
			.filter(obstacle -> obstacle.taskId() != null && !obstacle.resolved())
			.collect(Collectors.groupingBy(Obstacle::taskId, Collectors.counting()));
		return tasks.stream().map(task -> {
			TaskSchedule.Assessment assessment = task.schedule().assess(marks.getOrDefault(task.id(), List.of()), asOf);
			return new TaskView(task.id(), task.title(), task.source(), task.sourceReference(), task.meetingId(),
					lookup.unitCode(task.orgUnitId()), lookup.agencyCode(task.leadAgencyId()),
					lookup.agencyName(task.leadAgencyId()),
					task.coAgencyIds().stream().map(lookup::agencyCode).toList(), task.assignedOn(), task.deadline(),
					task.recurrence(), task.priority(), task.indicatorCode(), task.projectCode(),
					lookup.unitCode(task.targetOrgUnitId()), asOf, assessment.status(), assessment.dueOn(),
					assessment.completedOn(), assessment.percentDone(), open.getOrDefault(task.id(), 0L).intValue());
		}).toList();
	}

	/** Every task with its status on {@code asOf}, unscoped: for the oversight. */
	List<TaskView> all(LocalDate asOf) {
		return views(this.tasks.findAll(), asOf);
	}

	/** Every task and its assessment on {@code asOf}, unscoped: for the reminder job. */
	List<Assessed> assessAll(LocalDate asOf) {
		Map<Long, List<ProgressMark>> marks = this.tasks.leadMarks();
		return this.tasks.findAll()
			.stream()
			.map(task -> new Assessed(task, task.schedule().assess(marks.getOrDefault(task.id(), List.of()), asOf)))
			.toList();
	}

	record Assessed(Task task, TaskSchedule.Assessment assessment) {
	}

	Task visible(ChiTieuUser user, long id) {
		Task task = this.tasks.findById(id).orElseThrow(() -> new NotFoundException("task.notFound", id));
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canSee(task), "cannot see task " + id);
		return task;
	}

	private static OrgUnit unit(Directory.Lookup lookup, String code, String field, List<InputError> errors) {
		if (code == null || code.isBlank()) {
			return null;
		}
		OrgUnit unit = lookup.unitsByCode().get(code);
		if (unit == null) {
			errors.add(InputError.of(field, "task.unknownOrgUnit", code));
		}
		return unit;
	}

	String indicator(String code, String field, List<InputError> errors) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (this.catalogue.findByCode(code).isEmpty()) {
			errors.add(InputError.of(field, "task.unknownIndicator", code));
		}
		return code;
	}

	/** Which tasks to list: on which day, and optionally one status, one agency, or due within some days. */
	public record TaskFilter(LocalDate asOf, TaskStatus status, String agency, Integer dueWithinDays) {

		boolean matches(TaskView task) {
			Predicate<TaskView> status = view -> this.status == null || view.status() == this.status;
			Predicate<TaskView> agency = view -> this.agency == null || this.agency.isBlank()
					|| this.agency.equals(view.leadAgency()) || view.coAgencies().contains(this.agency);
			Predicate<TaskView> due = view -> this.dueWithinDays == null
					|| !view.status().done() && view.status() != TaskStatus.OVERDUE
							&& !view.dueOn().isAfter(view.asOf().plusDays(this.dueWithinDays));
			return status.and(agency).and(due).test(task);
		}

	}

	/** A new task outside a meeting (from a document or ad hoc). */
	public record TaskForm(String orgUnit, String title, TaskSource source, String sourceReference, String leadAgency,
			List<String> coAgencies, LocalDate assignedOn, LocalDate deadline, Recurrence recurrence,
			Priority priority, String indicator, String project, String targetOrgUnit) {
	}

	public record ReportForm(String text, Integer percentDone, LocalDate reportedOn) {
	}

	/** A file as received, before it is checked. */
	public record Upload(String fileName, byte[] content) {
	}

}

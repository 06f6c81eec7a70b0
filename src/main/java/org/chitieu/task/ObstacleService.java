package org.chitieu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.obstacle.NewObstacle;
import org.chitieu.obstacle.Obstacle;
import org.chitieu.obstacle.ObstacleStatus;
import org.chitieu.obstacle.Obstacles;
import org.chitieu.orgunit.Agency;
import org.chitieu.project.Project;
import org.chitieu.project.ProjectService;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Difficulties and obstacles: a department raises one on its task or on a project, saying what it
 * needs from whom; it lands in the leaders' inbox; the leader's answer goes back to the department.
 * The obstacles live in the one register ({@link Obstacles}) that the project pages also read and write.
 */
@Service
public class ObstacleService {

	private final Obstacles obstacles;

	private final Tasks tasks;

	private final Directory directory;

	private final TaskAccess access;

	private final Clock clock;

	private final ProjectService projects;

	ObstacleService(Obstacles obstacles, Tasks tasks, Directory directory, TaskAccess access,
			ProjectService projects, Clock clock) {
		this.projects = projects;
		this.obstacles = obstacles;
		this.tasks = tasks;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	/** The obstacles the user may see; {@code open} only those still waiting for an answer. */
	public List<ObstacleView> list(ChiTieuUser user, boolean open, LocalDate asOf) {
		TaskAccess.Scope scope = this.access.scope(user);
		Map<Long, Task> tasks = this.tasks.findAll().stream().collect(Collectors.toMap(Task::id, Function.identity()));
		Directory.Lookup lookup = this.directory.lookup();
		LocalDate day = asOf == null ? LocalDate.now(this.clock) : asOf;
		return this.obstacles.findAll()
			.stream()
			.filter(obstacle -> scope.canSee(obstacle, obstacle.taskId() == null ? null : tasks.get(obstacle.taskId())))
			.filter(obstacle -> !obstacle.raisedOn().isAfter(day))
			.filter(obstacle -> !open || !obstacle.resolved())
			.map(obstacle -> view(obstacle, tasks.get(obstacle.taskId()), lookup, day))
			.toList();
	}

	public ObstacleView get(ChiTieuUser user, long id) {
		Obstacle obstacle = visible(user, id);
		return view(obstacle, obstacle.taskId() == null ? null : this.tasks.findById(obstacle.taskId()).orElse(null),
				this.directory.lookup(), LocalDate.now(this.clock));
	}

	public List<ObstacleView> ofTask(ChiTieuUser user, long taskId) {
		Task task = this.tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task.notFound", taskId));
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canSee(task), "cannot see task " + taskId);
		Directory.Lookup lookup = this.directory.lookup();
		return this.obstacles.findByTask(taskId)
			.stream()
			.map(obstacle -> view(obstacle, task, lookup, LocalDate.now(this.clock)))
			.toList();
	}

	@Transactional
	public ObstacleView raise(ChiTieuUser user, ObstacleForm form) {
		return raise(user, form, LocalDate.now(this.clock));
	}

	/** Raised on a given day; the demo tells its history with it. */
	@Transactional
	ObstacleView raise(ChiTieuUser user, ObstacleForm form, LocalDate raisedOn) {
		List<InputError> errors = new ArrayList<>();
		Task task = null;
		if (form.task() != null) {
			task = this.tasks.findById(form.task()).orElse(null);
			if (task == null) {
				errors.add(InputError.of("task", "task.unknownTask", form.task()));
			}
		}
		String project = AssignmentCheck.text(form.project(), false, AssignmentCheck.MAX_CODE, "project", errors);
		if (form.task() == null && project == null) {
			errors.add(InputError.of("task", "task.obstacleSubject"));
		}
		String description = AssignmentCheck.text(form.description(), true, AssignmentCheck.MAX_TEXT, "description",
				errors);
		String needed = AssignmentCheck.text(form.needed(), true, AssignmentCheck.MAX_TEXT, "needed", errors);
		String neededFrom = AssignmentCheck.text(form.neededFrom(), true, 200, "neededFrom", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("task.obstacleInvalid", errors);
		}
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.agencyStaff(), "only a department raises obstacles");
		Agency agency = this.directory.lookup().agencies().get(user.agencyId());
		if (task != null) {
			scope.check(scope.canReport(task), "cannot raise an obstacle on task " + task.id());
		}
		Project onProject = project == null ? null : this.projects.reportable(user, project);
		long orgUnitId = task != null ? task.orgUnitId() : onProject != null ? onProject.orgUnitId() : agency.orgUnitId();
		// raised here it goes to the leaders at once
		long id = this.obstacles.raise(new NewObstacle(orgUnitId, task == null ? null : task.id(), project, agency.id(),
				description, needed, neededFrom, ObstacleStatus.ESCALATED, raisedOn, user.username()));
		Obstacle obstacle = this.obstacles.findById(id).orElseThrow();
		return view(obstacle, task, this.directory.lookup(), raisedOn);
	}

	@Transactional
	public ObstacleView answer(ChiTieuUser user, long id, AnswerForm form) {
		return answer(user, id, form, LocalDate.now(this.clock));
	}

	@Transactional
	ObstacleView answer(ChiTieuUser user, long id, AnswerForm form, LocalDate answeredOn) {
		Obstacle obstacle = this.obstacles.findById(id).orElseThrow(() -> new NotFoundException("task.obstacleNotFound", id));
		List<InputError> errors = new ArrayList<>();
		String answer = AssignmentCheck.text(form.answer(), true, AssignmentCheck.MAX_TEXT, "answer", errors);
		if (obstacle.resolved()) {
			errors.add(InputError.of("answer", "task.obstacleAnswered"));
		}
		if (answeredOn.isBefore(obstacle.raisedOn())) {
			errors.add(InputError.of("answer", "task.answerBeforeRaised"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("task.obstacleInvalid", errors);
		}
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canAnswer(obstacle), "only a leader answers obstacle " + id);
		if (!this.obstacles.resolve(id, answeredOn, answer, user.username())) {
			throw new InvalidInputException("task.obstacleInvalid", InputError.of("answer", "task.obstacleAnswered"));
		}
		Obstacle answered = this.obstacles.findById(id).orElseThrow();
		return view(answered, answered.taskId() == null ? null : this.tasks.findById(answered.taskId()).orElse(null),
				this.directory.lookup(), answeredOn);
	}

	private Obstacle visible(ChiTieuUser user, long id) {
		Obstacle obstacle = this.obstacles.findById(id).orElseThrow(() -> new NotFoundException("task.obstacleNotFound", id));
		Task task = obstacle.taskId() == null ? null : this.tasks.findById(obstacle.taskId()).orElse(null);
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canSee(obstacle, task), "cannot see obstacle " + id);
		return obstacle;
	}

	private static ObstacleView view(Obstacle obstacle, Task task, Directory.Lookup lookup, LocalDate asOf) {
		return new ObstacleView(obstacle.id(), obstacle.taskId(), task == null ? null : task.title(),
				obstacle.projectCode(), lookup.agencyCode(obstacle.agencyId()), lookup.agencyName(obstacle.agencyId()),
				obstacle.description(), obstacle.needed(), obstacle.neededFrom(), obstacle.raisedOn(),
				obstacle.raisedBy(), obstacle.resolution(), obstacle.resolvedOn(), obstacle.resolvedBy(),
				obstacle.resolved(), obstacle.daysOpen(asOf));
	}

	public record ObstacleForm(Long task, String project, String description, String needed, String neededFrom) {
	}

	public record AnswerForm(String answer) {
	}

	/** An obstacle with its task's title and agency, and the days it took or has taken so far. */
	public record ObstacleView(long id, Long task, String taskTitle, String project, String agency, String agencyName,
			String description, String needed, String neededFrom, LocalDate raisedOn, String raisedBy, String answer,
			LocalDate answeredOn, String answeredBy, boolean resolved, long daysToResolution) {
	}

}

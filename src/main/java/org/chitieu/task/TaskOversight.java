package org.chitieu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * What the leader and the office watch: per agency the counts by status and the on-time rate, what
 * is late, what is blocked, and the "before the meeting" report the office takes the day before the
 * monthly meeting. The monthly report takes its "tasks for next month" from
 * {@link #openTasksForNextMonth}.
 */
@Service
public class TaskOversight {

	private final TaskService tasks;

	private final ObstacleService obstacles;

	private final TaskAccess access;

	private final OrgUnits orgUnits;

	private final Clock clock;

	TaskOversight(TaskService tasks, ObstacleService obstacles, TaskAccess access, OrgUnits orgUnits, Clock clock) {
		this.tasks = tasks;
		this.obstacles = obstacles;
		this.access = access;
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	/** The leader's view on {@code asOf}: agencies, what is overdue, what is blocked and waits for an answer. */
	public LeaderView leaderView(ChiTieuUser user, LocalDate asOf) {
		LocalDate day = asOf == null ? LocalDate.now(this.clock) : asOf;
		List<TaskView> visible = this.tasks.list(user, new TaskService.TaskFilter(day, null, null, null));
		return new LeaderView(day, summarise(visible),
				visible.stream().filter(task -> task.status() == TaskStatus.OVERDUE).toList(),
				visible.stream().filter(TaskView::blocked).toList(), this.obstacles.list(user, true, day));
	}

	/**
	 * Every task of the month in the unit's subtree, as of {@code asOf} (default: the month's last day,
	 * or today if earlier): assigned by then and not done before the month began; with the agencies'
	 * counts and the obstacles still waiting. For the office, the leaders and administrators only.
	 */
	public BeforeMeeting beforeMeeting(ChiTieuUser user, String orgUnitCode, YearMonth period, LocalDate asOf) {
		OrgUnit unit = this.orgUnits.findByCode(orgUnitCode)
			.orElseThrow(() -> new NotFoundException("task.unknownOrgUnit", orgUnitCode));
		TaskAccess.Scope scope = this.access.scope(user);
		scope.check(scope.canDirect(unit.id()), "cannot report on " + orgUnitCode);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = asOf != null ? asOf : period.atEndOfMonth().isBefore(today) ? period.atEndOfMonth() : today;
		LocalDate first = period.atDay(1);
		Set<String> units = this.orgUnits.subtree(unit.id()).stream().map(OrgUnit::code).collect(Collectors.toSet());
		List<TaskView> ofPeriod = this.tasks.all(day)
			.stream()
			.filter(task -> units.contains(task.orgUnit()))
			.filter(task -> !task.assignedOn().isAfter(day))
			.filter(task -> task.completedOn() == null || !task.completedOn().isBefore(first))
			.sorted(Comparator.comparing(TaskView::leadAgency)
				.thenComparing(TaskView::status)
				.thenComparing(TaskView::dueOn)
				.thenComparing(TaskView::id))
			.toList();
		Map<String, List<TaskView>> byAgency = ofPeriod.stream()
			.collect(Collectors.groupingBy(TaskView::leadAgencyName, TreeMap::new, Collectors.toList()));
		List<ObstacleService.ObstacleView> waiting = this.obstacles.list(user, true, day)
			.stream()
			.filter(obstacle -> obstacle.task() == null || ofPeriod.stream().anyMatch(t -> t.id() == obstacle.task()))
			.toList();
		return new BeforeMeeting(unit.code(), unit.name(), period, day, summarise(ofPeriod), byAgency, waiting);
	}

	/**
	 * The tasks still open at the end of {@code month} whose org unit (or the unit they concern) lies
	 * in the unit's subtree, by deadline: part III "tasks for next month" of the monthly report.
	 */
	public List<TaskView> openTasksForNextMonth(long orgUnitId, YearMonth month) {
		LocalDate end = month.atEndOfMonth();
		Set<String> units = this.orgUnits.subtree(orgUnitId).stream().map(OrgUnit::code).collect(Collectors.toSet());
		return this.tasks.all(end)
			.stream()
			.filter(task -> units.contains(task.orgUnit()) || task.targetOrgUnit() != null && units.contains(task.targetOrgUnit()))
			.filter(task -> !task.assignedOn().isAfter(end) && !task.status().done())
			.sorted(Comparator.comparing(TaskView::dueOn).thenComparing(TaskView::id))
			.toList();
	}

	static List<AgencySummary> summarise(List<TaskView> tasks) {
		Map<String, List<TaskView>> byAgency = tasks.stream()
			.collect(Collectors.groupingBy(TaskView::leadAgency, TreeMap::new, Collectors.toList()));
		List<AgencySummary> summaries = new ArrayList<>();
		byAgency.forEach((agency, list) -> {
			Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
			for (TaskStatus status : TaskStatus.values()) {
				counts.put(status, (int) list.stream().filter(task -> task.status() == status).count());
			}
			summaries.add(new AgencySummary(agency, list.get(0).leadAgencyName(), list.size(), counts,
					onTimeRate(counts)));
		});
		return summaries;
	}

	/** Done on time among the tasks whose deadline has come: null while none has. */
	static Double onTimeRate(Map<TaskStatus, Integer> counts) {
		int due = counts.get(TaskStatus.DONE_ON_TIME) + counts.get(TaskStatus.DONE_LATE) + counts.get(TaskStatus.OVERDUE);
		return due == 0 ? null : 100.0 * counts.get(TaskStatus.DONE_ON_TIME) / due;
	}

	/** An agency's tasks (as lead) counted by status, and its on-time rate in percent. */
	public record AgencySummary(String agency, String agencyName, int total, Map<TaskStatus, Integer> counts,
			Double onTimeRate) {
	}

	public record LeaderView(LocalDate asOf, List<AgencySummary> agencies, List<TaskView> overdue,
			List<TaskView> blocked, List<ObstacleService.ObstacleView> waitingObstacles) {
	}

	public record BeforeMeeting(String orgUnit, String orgUnitName, YearMonth period, LocalDate asOf,
			List<AgencySummary> agencies, Map<String, List<TaskView>> tasksByAgency,
			List<ObstacleService.ObstacleView> unresolvedObstacles) {
	}

}

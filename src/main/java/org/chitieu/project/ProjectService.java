package org.chitieu.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.chitieu.datavalue.DataValueStatus;
import org.chitieu.datavalue.DataValues;
import org.chitieu.datavalue.FiguresChanged;
import org.chitieu.obstacle.NewObstacle;
import org.chitieu.obstacle.Obstacle;
import org.chitieu.obstacle.ObstacleStatus;
import org.chitieu.obstacle.Obstacles;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Periods;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes projects, their monthly reports, milestones and obstacles. Reports follow the data values'
 * rules: every row is checked first (400 listing each bad row), then the user's scope (403: only the
 * investor agency, in its org unit's subtree), then period locks; all rows or none.
 */
@Service
public class ProjectService {

	private static final int MAX_TEXT = 2000;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Projects projects;

	private final OrgUnits orgUnits;

	private final DataValues dataValues;

	private final AccessPolicy access;

	private final Clock clock;

	private final Obstacles obstacles;

	private final ApplicationEventPublisher events;

	ProjectService(Projects projects, OrgUnits orgUnits, DataValues dataValues, AccessPolicy access, Obstacles obstacles,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.projects = projects;
		this.obstacles = obstacles;
		this.orgUnits = orgUnits;
		this.dataValues = dataValues;
		this.access = access;
		this.clock = clock;
	}

	// Definitions: the metadata import checks its document itself, then calls these

	@Transactional
	public void saveGroups(List<ProjectGroupDefinition> groups) {
		groups.forEach(this.projects::saveGroup);
	}

	@Transactional
	public void saveProjects(List<ProjectDefinition> definitions) {
		definitions.forEach(this.projects::save);
	}

	/** Makes {@code indicator} take its values from {@code field} of the group's reports, or not when {@code group} is null. */
	@Transactional
	public void saveSource(String indicator, String group, ProjectField field) {
		if (group == null) {
			this.projects.deleteSource(indicator);
		}
		else {
			this.projects.saveSource(indicator, group, field);
		}
	}

	public List<ProjectGroup> groups() {
		return this.projects.findGroups();
	}

	public List<ProjectSource> sources() {
		return this.projects.findSources();
	}

	/** Every project as the metadata document writes it. */
	public List<ProjectDefinition> definitions() {
		Map<Long, String> units = this.orgUnits.findAll().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
		Map<Long, String> agencies = this.orgUnits.findAgencies()
			.stream()
			.collect(Collectors.toMap(Agency::id, Agency::code));
		Map<Long, String> groupCodes = this.projects.findGroups()
			.stream()
			.collect(Collectors.toMap(ProjectGroup::id, ProjectGroup::code));
		Map<Long, List<String>> groups = this.projects.findMemberships()
			.stream()
			.collect(Collectors.groupingBy(Projects.Membership::projectId, Collectors.mapping(
					membership -> groupCodes.get(membership.groupId()), Collectors.toList())));
		Map<Long, List<ProjectDefinition.CapitalPlanEntry>> plans = this.projects.findCapitalPlans()
			.stream()
			.collect(Collectors.groupingBy(Projects.ProjectCapital::projectId, Collectors.mapping(
					plan -> new ProjectDefinition.CapitalPlanEntry(plan.year(), plan.source(), plan.amount()),
					Collectors.toList())));
		Map<Long, List<ProjectDefinition.ScheduleEntry>> schedules = this.projects.findSchedules()
			.stream()
			.collect(Collectors.groupingBy(Projects.ProjectSchedule::projectId, Collectors.mapping(
					schedule -> new ProjectDefinition.ScheduleEntry(schedule.year(), schedule.schedule().name(),
							schedule.planned().isEmpty() ? null : schedule.planned().entrySet().stream().collect(
									Collectors.toMap(e -> YearMonth.of(schedule.year(), e.getKey()).toString(),
											Map.Entry::getValue, (a, b) -> a, TreeMap::new))),
					Collectors.toList())));
		return this.projects.findAll().stream().map(project -> new ProjectDefinition(project.code(), project.name(),
				project.type().name(), agencies.get(project.investorId()), units.get(project.orgUnitId()),
				project.startYear(), project.endYear(), project.totalInvestment(), project.stage().name(),
				groups.getOrDefault(project.id(), List.of()).stream().sorted().toList(),
				plans.getOrDefault(project.id(), List.of()), schedules.getOrDefault(project.id(), List.of()))).toList();
	}

	/** Creates or updates a project by code: administrators only. */
	@Transactional
	public String define(ChiTieuUser user, ProjectDefinition definition) {
		requireAdmin(user);
		Set<String> units = this.orgUnits.findAll().stream().map(OrgUnit::code).collect(Collectors.toSet());
		Set<String> agencies = this.orgUnits.findAgencies().stream().map(Agency::code).collect(Collectors.toSet());
		Set<String> groups = this.projects.findGroups().stream().map(ProjectGroup::code).collect(Collectors.toSet());
		List<InputError> errors = definition.check("project", units::contains, agencies::contains, groups::contains);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("project.invalid", errors);
		}
		this.projects.save(definition);
		figuresChanged(Set.of());
		return definition.code();
	}

	@Transactional
	public String defineGroup(ChiTieuUser user, ProjectGroupDefinition group) {
		requireAdmin(user);
		List<InputError> errors = new ArrayList<>();
		if (group.code() == null || group.code().isBlank()) {
			errors.add(InputError.of("code", "project.required"));
		}
		if (group.name() == null || group.name().isBlank()) {
			errors.add(InputError.of("name", "project.required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("project.invalid", errors);
		}
		this.projects.saveGroup(group);
		figuresChanged(Set.of());
		return group.code();
	}

	// Monthly reports

	/**
	 * Takes reports from the API. A user who may approve them (the investor's head, an ADMIN) stores
	 * them approved; anyone else submits them for approval.
	 */
	@Transactional
	public int post(ChiTieuUser user, String projectCode, List<ReportRow> rows) {
		Project project = project(projectCode);
		List<Entry> entries = check(user, project, rows);
		DataValueStatus status = this.access.canApprove(user, project.investorId(), project.orgUnitId())
				? DataValueStatus.APPROVED : DataValueStatus.SUBMITTED;
		Instant now = this.clock.instant();
		entries.forEach(entry -> this.projects.write(entry.toReport(project, status, user.username(), now)));
		figuresChanged(entries.stream().map(entry -> entry.month().getYear()).collect(Collectors.toSet()));
		return entries.size();
	}

	/** Saves reports from the entry form, as drafts or submitted for approval. */
	@Transactional
	public int save(ChiTieuUser user, String projectCode, List<ReportRow> rows, boolean submit) {
		Project project = project(projectCode);
		List<Entry> entries = check(user, project, rows);
		DataValueStatus status = submit ? DataValueStatus.SUBMITTED : DataValueStatus.DRAFT;
		Instant now = this.clock.instant();
		entries.forEach(entry -> this.projects.write(entry.toReport(project, status, user.username(), now)));
		figuresChanged(entries.stream().map(entry -> entry.month().getYear()).collect(Collectors.toSet()));
		return entries.size();
	}

	/** Approves submitted reports; {@code returnReason} null approves, otherwise returns them with that reason. */
	@Transactional
	public int review(ChiTieuUser user, String projectCode, List<String> periods, String returnReason) {
		Project project = project(projectCode);
		boolean returning = returnReason != null;
		if (returning && returnReason.isBlank()) {
			throw new InvalidInputException("project.invalid", InputError.of("reason", "project.reasonRequired"));
		}
		if (periods == null || periods.isEmpty()) {
			throw new InvalidInputException("project.invalid", InputError.of("periods", "project.noRows"));
		}
		List<InputError> errors = new ArrayList<>();
		List<ProjectReport> reviewed = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			YearMonth month = month(periods.get(i));
			if (month == null) {
				errors.add(InputError.of("periods[" + i + "]", "project.period", String.valueOf(periods.get(i))));
				continue;
			}
			if (this.dataValues.isLocked(project.orgUnitId(), month.getYear(), month.getMonthValue())) {
				errors.add(InputError.of("periods[" + i + "]", "project.locked", project.code(), month.toString()));
				continue;
			}
			Optional<ProjectReport> current = this.projects.findReport(project.id(), month.getYear(), month.getMonthValue());
			if (current.isEmpty() || current.get().status() != DataValueStatus.SUBMITTED) {
				errors.add(InputError.of("periods[" + i + "]", "project.notSubmitted", project.code(), month.toString()));
				continue;
			}
			ProjectReport report = current.get();
			reviewed.add(new ProjectReport(report.projectId(), report.year(), report.month(), report.disbursed(),
					report.physicalProgress(), report.affectedHouseholds(), report.areaHa(),
					report.compensationApproved(), report.compensationPaid(), report.handedOverHouseholds(),
					report.comment(), returning ? DataValueStatus.RETURNED : DataValueStatus.APPROVED,
					returning ? returnReason.strip() : null, user.username(), this.clock.instant()));
		}
		if (!this.access.canApprove(user, project.investorId(), project.orgUnitId())) {
			throw new AccessDeniedException("cannot review reports of " + project.code());
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("project.invalid", errors);
		}
		reviewed.forEach(this.projects::write);
		figuresChanged(reviewed.stream().map(ProjectReport::year).collect(Collectors.toSet()));
		return reviewed.size();
	}

	/** Announces that the indicators fed by projects may have changed, from these years on. */
	private void figuresChanged(Set<Integer> years) {
		Set<Long> fed = this.projects.fedIndicatorIds();
		if (!fed.isEmpty()) {
			this.events.publishEvent(new FiguresChanged(fed, years));
		}
	}

	private List<Entry> check(ChiTieuUser user, Project project, List<ReportRow> rows) {
		List<Entry> entries = resolve(rows);
		if (!this.access.canEnter(user, project.investorId(), project.orgUnitId())) {
			throw new AccessDeniedException("cannot report on " + project.code());
		}
		List<InputError> locked = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			YearMonth month = entries.get(i).month();
			if (this.dataValues.isLocked(project.orgUnitId(), month.getYear(), month.getMonthValue())) {
				locked.add(InputError.of("rows[" + i + "]", "project.locked", project.code(), month.toString()));
			}
		}
		if (!locked.isEmpty()) {
			throw new InvalidInputException("project.invalid", locked);
		}
		return entries;
	}

	/** Checks every row; any error refuses the whole batch. */
	private static List<Entry> resolve(List<ReportRow> rows) {
		if (rows == null || rows.isEmpty()) {
			throw new InvalidInputException("project.invalid", InputError.of("rows", "project.noRows"));
		}
		List<InputError> errors = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		Set<YearMonth> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			ReportRow row = rows.get(i);
			String at = "rows[" + i + "]";
			if (row == null) {
				errors.add(InputError.of(at, "project.emptyRow"));
				continue;
			}
			YearMonth month = month(row.period());
			if (month == null) {
				errors.add(InputError.of(at + ".period", "project.period", String.valueOf(row.period())));
			}
			else if (!seen.add(month)) {
				errors.add(InputError.of(at + ".period", "project.duplicatePeriod", month.toString()));
			}
			if (row.disbursed() == null && row.physicalProgress() == null && row.affectedHouseholds() == null
					&& row.areaHa() == null && row.compensationApproved() == null && row.compensationPaid() == null
					&& row.handedOverHouseholds() == null) {
				errors.add(InputError.of(at, "project.noFigures"));
			}
			nonNegative(errors, at + ".disbursed", row.disbursed());
			nonNegative(errors, at + ".physicalProgress", row.physicalProgress());
			nonNegative(errors, at + ".areaHa", row.areaHa());
			nonNegative(errors, at + ".compensationApproved", row.compensationApproved());
			nonNegative(errors, at + ".compensationPaid", row.compensationPaid());
			nonNegative(errors, at + ".affectedHouseholds", row.affectedHouseholds() == null ? null
					: BigDecimal.valueOf(row.affectedHouseholds()));
			nonNegative(errors, at + ".handedOverHouseholds", row.handedOverHouseholds() == null ? null
					: BigDecimal.valueOf(row.handedOverHouseholds()));
			if (row.physicalProgress() != null && row.physicalProgress().compareTo(HUNDRED) > 0) {
				errors.add(InputError.of(at + ".physicalProgress", "project.percent"));
			}
			if (row.compensationPaid() != null && row.compensationApproved() != null
					&& row.compensationPaid().compareTo(row.compensationApproved()) > 0) {
				errors.add(InputError.of(at + ".compensationPaid", "project.paidOverApproved"));
			}
			if (row.handedOverHouseholds() != null && row.affectedHouseholds() != null
					&& row.handedOverHouseholds() > row.affectedHouseholds()) {
				errors.add(InputError.of(at + ".handedOverHouseholds", "project.handedOverOverAffected"));
			}
			if (row.comment() != null && row.comment().length() > MAX_TEXT) {
				errors.add(InputError.of(at + ".comment", "project.tooLong", MAX_TEXT));
			}
			if (month != null) {
				entries.add(new Entry(month, row));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("project.invalid", errors);
		}
		return entries;
	}

	// Milestones and obstacles

	@Transactional
	public int saveMilestones(ChiTieuUser user, String projectCode, List<MilestoneRow> rows) {
		Project project = project(projectCode);
		if (rows == null || rows.isEmpty()) {
			throw new InvalidInputException("project.invalid", InputError.of("rows", "project.noRows"));
		}
		List<InputError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			MilestoneRow row = rows.get(i);
			String at = "rows[" + i + "]";
			if (row == null) {
				errors.add(InputError.of(at, "project.emptyRow"));
				continue;
			}
			if (blank(row.code())) {
				errors.add(InputError.of(at + ".code", "project.required"));
			}
			else if (!seen.add(row.code())) {
				errors.add(InputError.of(at + ".code", "project.duplicate", row.code()));
			}
			if (blank(row.name())) {
				errors.add(InputError.of(at + ".name", "project.required"));
			}
			if (row.plannedDate() == null) {
				errors.add(InputError.of(at + ".plannedDate", "project.required"));
			}
			if (row.note() != null && row.note().length() > MAX_TEXT) {
				errors.add(InputError.of(at + ".note", "project.tooLong", MAX_TEXT));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("project.invalid", errors);
		}
		requireEnter(user, project);
		rows.forEach(row -> this.projects.saveMilestone(project.id(), row.code(), row.name().strip(), row.plannedDate(),
				row.actualDate(), blank(row.note()) ? null : row.note().strip()));
		return rows.size();
	}

	@Transactional
	public long raiseObstacle(ChiTieuUser user, String projectCode, ObstacleRow row) {
		Project project = project(projectCode);
		List<InputError> errors = new ArrayList<>();
		if (row == null || blank(row.description())) {
			errors.add(InputError.of("description", "project.required"));
		}
		else if (row.description().length() > MAX_TEXT) {
			errors.add(InputError.of("description", "project.tooLong", MAX_TEXT));
		}
		Optional<Agency> owner = row == null || blank(row.ownerAgency()) ? Optional.empty()
				: this.orgUnits.findAgencies().stream().filter(agency -> agency.code().equals(row.ownerAgency())).findFirst();
		if (row != null && !blank(row.ownerAgency()) && owner.isEmpty()) {
			errors.add(InputError.of("ownerAgency", "project.unknownAgency", row.ownerAgency()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("project.invalid", errors);
		}
		requireEnter(user, project);
		return this.obstacles.raise(new NewObstacle(project.orgUnitId(), null, project.code(),
				owner.map(Agency::id).orElse(null), row.description().strip(), null,
				blank(row.neededFrom()) ? null : row.neededFrom().strip(), ObstacleStatus.OPEN,
				row.raisedOn() != null ? row.raisedOn() : LocalDate.now(this.clock), user.username()));
	}

	/** OPEN → ESCALATED, and OPEN or ESCALATED → RESOLVED, of an obstacle on this project however it was raised. */
	@Transactional
	public void updateObstacle(ChiTieuUser user, String projectCode, long id, ObstacleUpdate update) {
		Project project = project(projectCode);
		Obstacle obstacle = this.obstacles.findById(id)
			.filter(found -> project.code().equals(found.projectCode()))
			.orElseThrow(() -> new NotFoundException("project.unknownObstacle", id, project.code()));
		ObstacleStatus target = update == null ? null : parseStatus(update.status());
		if (target == null || target == ObstacleStatus.OPEN) {
			throw new InvalidInputException("project.invalid", InputError.of("status", "project.oneOf",
					update == null ? "null" : String.valueOf(update.status()), "ESCALATED, RESOLVED"));
		}
		if (!obstacle.status().canBecome(target)) {
			throw new InvalidInputException("project.invalid",
					InputError.of("status", "project.obstacleTransition", obstacle.status().name(), target.name()));
		}
		requireEnter(user, project);
		LocalDate date = update.date() != null ? update.date() : LocalDate.now(this.clock);
		boolean moved = target == ObstacleStatus.ESCALATED ? this.obstacles.escalate(id, date)
				: this.obstacles.resolve(id, date, blank(update.resolution()) ? null : update.resolution().strip(),
						user.username());
		if (!moved) {
			// settled by someone else since it was read
			throw new InvalidInputException("project.invalid",
					InputError.of("status", "project.obstacleTransition", ObstacleStatus.RESOLVED.name(), target.name()));
		}
	}

	/**
	 * The project, if the user's agency reports on it within the user's scope: a 404 naming the code when
	 * there is none, 403 when it is another agency's. What else is raised on a project asks this first.
	 */
	public Project reportable(ChiTieuUser user, String projectCode) {
		Project project = project(projectCode);
		requireEnter(user, project);
		return project;
	}

	Project project(String code) {
		return this.projects.findByCode(code).orElseThrow(() -> new NotFoundException("project.unknown", code));
	}

	private void requireEnter(ChiTieuUser user, Project project) {
		if (!this.access.canEnter(user, project.investorId(), project.orgUnitId())) {
			throw new AccessDeniedException("cannot write for " + project.code());
		}
	}

	private static void requireAdmin(ChiTieuUser user) {
		if (!user.is(Role.ADMIN)) {
			throw new AccessDeniedException("projects are defined by administrators");
		}
	}

	private static ObstacleStatus parseStatus(String text) {
		try {
			return text == null ? null : ObstacleStatus.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void nonNegative(List<InputError> errors, String at, BigDecimal value) {
		if (value != null && value.signum() < 0) {
			errors.add(InputError.of(at, "project.negative"));
		}
	}

	private static YearMonth month(String period) {
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private record Entry(YearMonth month, ReportRow row) {

		ProjectReport toReport(Project project, DataValueStatus status, String by, Instant at) {
			String comment = this.row.comment() == null || this.row.comment().isBlank() ? null : this.row.comment().strip();
			return new ProjectReport(project.id(), this.month.getYear(), this.month.getMonthValue(), this.row.disbursed(),
					this.row.physicalProgress(), this.row.affectedHouseholds(), this.row.areaHa(),
					this.row.compensationApproved(), this.row.compensationPaid(), this.row.handedOverHouseholds(),
					comment, status, null, by, at);
		}

	}

}

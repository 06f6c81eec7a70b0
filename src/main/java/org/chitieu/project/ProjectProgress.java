package org.chitieu.project;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.obstacle.Obstacles;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.ReportingWindow;
import org.chitieu.plan.Schedule;
import org.chitieu.progress.Evaluation;
import org.chitieu.progress.InMemoryObservations;
import org.chitieu.progress.IndicatorFeed;
import org.chitieu.progress.IndicatorRule;
import org.chitieu.progress.ProgressRules;
import org.chitieu.progress.TargetRule;
import org.chitieu.project.ProjectRules.Reason;
import org.chitieu.project.ProjectRules.Verdict;
import org.chitieu.project.ProjectViews.GroupSummary;
import org.chitieu.project.ProjectViews.MilestoneView;
import org.chitieu.project.ProjectViews.ObstacleView;
import org.chitieu.project.ProjectViews.ProjectDetail;
import org.chitieu.project.ProjectViews.ProjectFilter;
import org.chitieu.project.ProjectViews.ProjectList;
import org.chitieu.project.ProjectViews.ProjectSummary;
import org.chitieu.project.ProjectViews.ReportView;
import org.chitieu.project.ProjectViews.StatusReason;
import org.chitieu.project.ProjectViews.Totals;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects evaluated at a reporting month. Disbursement is a flow with a target, the year's capital
 * plan, phased EVEN or CUSTOM: the progress rules evaluate it like any indicator, each project being
 * a unit and each group a unit whose children are its projects. Also feeds project-sourced
 * indicators to the progress query.
 */
@Service
public class ProjectProgress implements IndicatorFeed {

	private static final String DISBURSED = "DISBURSED";

	private static final String APPROVED = "COMPENSATION_APPROVED";

	private static final String PAID = "COMPENSATION_PAID";

	private static final String PAID_RATE = "COMPENSATION_PAID_RATE";

	/** The project figures as the progress rules know them: a rate of sums, never a sum of rates. */
	private static final Map<String, IndicatorRule> RULES = Map.of(DISBURSED,
			IndicatorRule.raw(DISBURSED, TimeAggregation.SUM, SpaceAggregation.SUM, Polarity.HIGHER), APPROVED,
			IndicatorRule.raw(APPROVED, TimeAggregation.LAST, SpaceAggregation.SUM, Polarity.HIGHER), PAID,
			IndicatorRule.raw(PAID, TimeAggregation.LAST, SpaceAggregation.SUM, Polarity.HIGHER), PAID_RATE,
			IndicatorRule.computed(PAID_RATE, "100 * #{" + PAID + "} / #{" + APPROVED + "}", TimeAggregation.LAST,
					Polarity.HIGHER));

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Projects projects;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final ReportingWindow reportingWindow;

	private final Clock clock;

	private final MessageSource messages;

	private final Obstacles obstacles;

	ProjectProgress(Projects projects, OrgUnits orgUnits, AccessPolicy access, ReportingWindow reportingWindow,
			Clock clock, MessageSource messages, Obstacles obstacles) {
		this.projects = projects;
		this.obstacles = obstacles;
		this.orgUnits = orgUnits;
		this.access = access;
		this.reportingWindow = reportingWindow;
		this.clock = clock;
		this.messages = messages;
	}

	/** The latest month any project reported on, or this month when none has. */
	public YearMonth defaultPeriod() {
		return this.projects.latestCountedMonth().orElseGet(() -> YearMonth.now(this.clock));
	}

	/** The day milestones are judged on: the end of the month's data window, or today if that is earlier. */
	public LocalDate asOf(YearMonth period) {
		LocalDate end = this.reportingWindow.month(period).to();
		LocalDate today = LocalDate.now(this.clock);
		return end.isAfter(today) ? today : end;
	}

	@Transactional(readOnly = true)
	public ProjectList list(ChiTieuUser user, ProjectFilter filter, YearMonth period, Locale locale) {
		Snapshot snapshot = load(period);
		LocalDate asOf = asOf(period);
		List<ProjectSummary> rows = snapshot.projects()
			.stream()
			.filter(project -> this.access.canRead(user, project.orgUnitId()))
			.map(project -> summary(snapshot, project, period, asOf, locale))
			.filter(row -> filter.type() == null || filter.type() == row.type())
			.filter(row -> blank(filter.agency()) || filter.agency().equals(row.investor()))
			.filter(row -> filter.status() == null || filter.status() == row.status())
			.filter(row -> blank(filter.group()) || row.groups().contains(filter.group()))
			.toList();
		Set<String> visible = rows.stream().flatMap(row -> row.groups().stream()).collect(Collectors.toSet());
		List<GroupSummary> groups = snapshot.groups()
			.stream()
			.filter(group -> visible.contains(group.code()))
			.map(group -> groupSummary(snapshot, group, period, locale))
			.toList();
		return new ProjectList(period.toString(), asOf, rows, totals(rows), groups);
	}

	/** The projects located in the unit's subtree at the month, for documents written for that unit. */
	@Transactional(readOnly = true)
	public List<ProjectSummary> within(OrgUnit unit, YearMonth period, Locale locale) {
		Snapshot snapshot = load(period);
		LocalDate asOf = asOf(period);
		return snapshot.projects()
			.stream()
			.filter(project -> this.orgUnits.isWithin(project.orgUnitId(), unit.id()))
			.map(project -> summary(snapshot, project, period, asOf, locale))
			.toList();
	}

	@Transactional(readOnly = true)
	public ProjectDetail detail(ChiTieuUser user, String code, YearMonth period, Locale locale) {
		Snapshot snapshot = load(period);
		Project project = snapshot.projects()
			.stream()
			.filter(candidate -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project.unknown", code));
		this.access.checkRead(user, project.orgUnitId());
		LocalDate asOf = asOf(period);
		List<MilestoneView> milestones = snapshot.milestones()
			.getOrDefault(project.id(), List.of())
			.stream()
			.map(m -> new MilestoneView(m.code(), m.name(), m.plannedDate(), m.actualDate(),
					ProjectRules.slippageDays(m, asOf), m.note()))
			.toList();
		Map<Long, Agency> agencies = snapshot.agencies();
		List<ObstacleView> obstacles = this.obstacles.findByProject(project.code()).stream().map(o -> {
			Agency owner = o.agencyId() == null ? null : agencies.get(o.agencyId());
			return new ObstacleView(o.id(), o.description(), owner == null ? null : owner.code(),
					owner == null ? null : owner.name(), o.neededFrom(), o.status(), o.raisedOn(), o.escalatedOn(),
					o.resolvedOn(), o.resolution());
		}).toList();
		List<ProjectReport> reports = this.projects.findReports(project.id())
			.stream()
			.filter(report -> !YearMonth.of(report.year(), report.month()).isAfter(period))
			.toList();
		ReportView latest = reports.isEmpty() ? null : ReportView.of(reports.get(reports.size() - 1));
		List<ReportView> thisYear = reports.stream()
			.filter(report -> report.year() == period.getYear())
			.map(ReportView::of)
			.toList();
		Optional<TargetRule> target = target(snapshot, project, period.getYear());
		return new ProjectDetail(period.toString(), asOf, summary(snapshot, project, period, asOf, locale),
				snapshot.capitalPlans().getOrDefault(project.id(), List.of()),
				target.map(rule -> rule.scheduleFor(TimeAggregation.SUM).name()).orElse(null), milestones, obstacles,
				latest, thisYear,
				target.map(rule -> snapshot.rules().series(DISBURSED, rule, project.code(), period)).orElse(List.of()));
	}

	/**
	 * The monthly values of every project-sourced indicator from {@code fromYear} to {@code toYear},
	 * from submitted and approved reports only: the group's field summed over its projects, at each
	 * project's org unit and every unit above it, so a district sums the projects in its communes.
	 */
	@Override
	@Transactional(readOnly = true)
	public Feed feed(int fromYear, int toYear) {
		List<ProjectSource> sources = this.projects.findSources();
		if (sources.isEmpty()) {
			return new Feed(Set.of(), List.of());
		}
		Map<Long, List<ProjectReport>> reports = this.projects.findCounted(toYear)
			.stream()
			.collect(Collectors.groupingBy(ProjectReport::projectId));
		Map<Long, Map<Integer, BigDecimal>> plans = planTotals(this.projects.findCapitalPlans());
		Map<String, Long> groupIds = this.projects.findGroups()
			.stream()
			.collect(Collectors.toMap(ProjectGroup::code, ProjectGroup::id));
		Map<Long, List<Long>> members = this.projects.findMemberships()
			.stream()
			.collect(Collectors.groupingBy(Projects.Membership::groupId,
					Collectors.mapping(Projects.Membership::projectId, Collectors.toList())));
		Map<Long, Project> byId = this.projects.findAll()
			.stream()
			.collect(Collectors.toMap(Project::id, Function.identity()));
		Map<Long, OrgUnit> units = this.orgUnits.findAll()
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		List<FedValue> values = new ArrayList<>();
		for (ProjectSource source : sources) {
			List<Long> projectIds = members.getOrDefault(groupIds.get(source.group()), List.of());
			Optional<YearMonth> until = projectIds.stream()
				.flatMap(id -> reports.getOrDefault(id, List.of()).stream())
				.map(report -> YearMonth.of(report.year(), report.month()))
				.max(Comparator.naturalOrder());
			if (until.isEmpty()) {
				continue;
			}
			Map<String, SortedMap<YearMonth, BigDecimal>> byUnit = new TreeMap<>();
			for (Long id : projectIds) {
				SortedMap<YearMonth, BigDecimal> monthly = ProjectFigures.monthly(reports.getOrDefault(id, List.of()),
						source.field(), until.get(), year -> plans.getOrDefault(id, Map.of()).get(year));
				for (OrgUnit unit = units.get(byId.get(id).orgUnitId()); unit != null; unit = units.get(unit.parentId())) {
					byUnit.computeIfAbsent(unit.code(), code -> new TreeMap<>());
					byUnit.put(unit.code(), ProjectFigures.sum(List.of(byUnit.get(unit.code()), monthly)));
				}
			}
			byUnit.forEach((unit, monthly) -> monthly.forEach((month, value) -> {
				if (month.getYear() >= fromYear && month.getYear() <= toYear) {
					values.add(new FedValue(source.indicator(), unit, month.getYear(), month.getMonthValue(), value));
				}
			}));
		}
		return new Feed(sources.stream().map(ProjectSource::indicator).collect(Collectors.toSet()), values);
	}

	private ProjectSummary summary(Snapshot snapshot, Project project, YearMonth period, LocalDate asOf,
			Locale locale) {
		int year = period.getYear();
		int month = period.getMonthValue();
		ProgressRules rules = snapshot.rules();
		Optional<TargetRule> target = target(snapshot, project, year);
		Evaluation disbursement = target.map(rule -> rules.evaluate(DISBURSED, rule, project.code(), period))
			.orElse(null);
		Verdict verdict = ProjectRules.status(disbursement, snapshot.milestones().getOrDefault(project.id(), List.of()),
				asOf);
		BigDecimal physical = snapshot.reports()
			.getOrDefault(project.id(), List.of())
			.stream()
			.filter(report -> report.physicalProgress() != null
					&& !YearMonth.of(report.year(), report.month()).isAfter(period))
			.reduce((first, second) -> second)
			.map(ProjectReport::physicalProgress)
			.orElse(null);
		Agency investor = snapshot.agencies().get(project.investorId());
		OrgUnit unit = snapshot.units().get(project.orgUnitId());
		BigDecimal disbursed = disbursement != null ? disbursement.actual()
				: rules.actualToDate(DISBURSED, project.code(), year, month);
		return new ProjectSummary(project.code(), project.name(), project.type(), project.stage(), investor.code(),
				investor.name(), unit.code(), unit.name(), snapshot.groupsOf().getOrDefault(project.id(), List.of()),
				project.totalInvestment(), disbursement == null ? null : disbursement.target(),
				disbursement == null ? null : disbursement.expected(), disbursed,
				disbursement == null ? null : disbursement.percentOfPlan(), ProjectRules.percentOfSchedule(disbursement),
				disbursement == null ? null : disbursement.status(), physical,
				rules.actualToDate(APPROVED, project.code(), year, month),
				rules.actualToDate(PAID, project.code(), year, month),
				rules.actualToDate(PAID_RATE, project.code(), year, month), verdict.status(),
				verdict.reasons().stream().map(reason -> reason(reason, locale)).toList());
	}

	private GroupSummary groupSummary(Snapshot snapshot, ProjectGroup group, YearMonth period, Locale locale) {
		String unit = groupUnit(group.code());
		int year = period.getYear();
		int month = period.getMonthValue();
		List<Project> members = snapshot.projects()
			.stream()
			.filter(project -> snapshot.groupsOf().getOrDefault(project.id(), List.of()).contains(group.code()))
			.toList();
		BigDecimal plan = members.stream()
			.map(project -> snapshot.planTotals().getOrDefault(project.id(), Map.of()).get(year))
			.filter(amount -> amount != null)
			.reduce(BigDecimal::add)
			.orElse(null);
		ProgressRules rules = snapshot.rules();
		return new GroupSummary(group.code(), group.name(locale.getLanguage()), members.size(), plan,
				rules.actualToDate(DISBURSED, unit, year, month), rules.actualToDate(APPROVED, unit, year, month),
				rules.actualToDate(PAID, unit, year, month), rules.actualToDate(PAID_RATE, unit, year, month));
	}

	private static Totals totals(List<ProjectSummary> rows) {
		BigDecimal investment = sum(rows, ProjectSummary::totalInvestment);
		BigDecimal plan = sum(rows, ProjectSummary::capitalPlan);
		BigDecimal disbursed = sum(rows, ProjectSummary::disbursed);
		BigDecimal rate = plan == null || plan.signum() == 0 || disbursed == null ? null
				: HUNDRED.multiply(disbursed).divide(plan, MathContext.DECIMAL64);
		Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
		for (ProjectStatus status : ProjectStatus.values()) {
			byStatus.put(status, rows.stream().filter(row -> row.status() == status).count());
		}
		return new Totals(rows.size(), investment, plan, sum(rows, ProjectSummary::expected), disbursed, rate, byStatus);
	}

	private static BigDecimal sum(List<ProjectSummary> rows, Function<ProjectSummary, BigDecimal> field) {
		return rows.stream().map(field).filter(value -> value != null).reduce(BigDecimal::add).orElse(null);
	}

	private StatusReason reason(Reason reason, Locale locale) {
		return new StatusReason(reason.key(), reason.arguments(),
				this.messages.getMessage(reason.key(), reason.arguments().toArray(), locale));
	}

	/** The year's capital plan as a target, with its schedule; none when the year has no capital. */
	private static Optional<TargetRule> target(Snapshot snapshot, Project project, int year) {
		BigDecimal plan = snapshot.planTotals().getOrDefault(project.id(), Map.of()).get(year);
		if (plan == null || plan.signum() == 0) {
			return Optional.empty();
		}
		Projects.ProjectSchedule schedule = snapshot.schedules().get(project.id() + "|" + year);
		return Optional.of(schedule == null ? new TargetRule(plan, Schedule.EVEN, null)
				: new TargetRule(plan, schedule.schedule(), schedule.planned()));
	}

	/** Everything one request evaluates, read once. */
	private Snapshot load(YearMonth period) {
		int year = period.getYear();
		List<Project> all = this.projects.findAll();
		Map<Long, Project> byId = all.stream().collect(Collectors.toMap(Project::id, Function.identity()));
		List<ProjectGroup> groups = this.projects.findGroups();
		Map<Long, String> groupCodes = groups
			.stream()
			.collect(Collectors.toMap(ProjectGroup::id, ProjectGroup::code));
		Map<Long, List<String>> groupsOf = new HashMap<>();
		InMemoryObservations.Builder observations = InMemoryObservations.builder();
		for (Projects.Membership membership : this.projects.findMemberships()) {
			String group = groupCodes.get(membership.groupId());
			groupsOf.computeIfAbsent(membership.projectId(), id -> new ArrayList<>()).add(group);
			observations.child(groupUnit(group), byId.get(membership.projectId()).code());
		}
		groupsOf.values().forEach(list -> list.sort(Comparator.naturalOrder()));
		List<Projects.ProjectCapital> capital = this.projects.findCapitalPlans();
		Map<Long, Map<Integer, BigDecimal>> planTotals = planTotals(capital);
		Map<Long, List<ProjectReport>> reports = this.projects.findCounted(year)
			.stream()
			.collect(Collectors.groupingBy(ProjectReport::projectId, LinkedHashMap::new, Collectors.toList()));
		reports.forEach((id, counted) -> {
			String unit = byId.get(id).code();
			for (ProjectReport report : counted) {
				if (report.year() >= year - 1 && report.disbursed() != null) {
					observations.value(DISBURSED, unit, report.year(), report.month(), report.disbursed());
				}
			}
			for (String field : List.of(APPROVED, PAID)) {
				ProjectFigures.monthly(counted, ProjectField.valueOf(field), period, y -> null).forEach((month, value) -> {
					if (month.getYear() >= year - 1) {
						observations.value(field, unit, month.getYear(), month.getMonthValue(), value);
					}
				});
			}
		});
		Map<String, Projects.ProjectSchedule> schedules = new HashMap<>();
		this.projects.findSchedules().forEach(s -> schedules.put(s.projectId() + "|" + s.year(), s));
		Map<Long, List<CapitalPlan>> capitalPlans = capital.stream()
			.collect(Collectors.groupingBy(Projects.ProjectCapital::projectId,
					Collectors.mapping(c -> new CapitalPlan(c.year(), c.source(), c.amount()), Collectors.toList())));
		return new Snapshot(all, groups, groupsOf, planTotals, capitalPlans, schedules, reports,
				this.projects.findAllMilestones(),
				this.orgUnits.findAgencies().stream().collect(Collectors.toMap(Agency::id, Function.identity())),
				this.orgUnits.findAll().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity())),
				new ProgressRules(RULES, observations.build()));
	}

	private static Map<Long, Map<Integer, BigDecimal>> planTotals(List<Projects.ProjectCapital> capital) {
		Map<Long, Map<Integer, BigDecimal>> totals = new HashMap<>();
		capital.forEach(c -> totals.computeIfAbsent(c.projectId(), id -> new HashMap<>())
			.merge(c.year(), c.amount(), BigDecimal::add));
		return totals;
	}

	/** Groups are units of the rules' tree, named apart from project codes. */
	private static String groupUnit(String group) {
		return "group:" + group;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private record Snapshot(List<Project> projects, List<ProjectGroup> groups, Map<Long, List<String>> groupsOf,
			Map<Long, Map<Integer, BigDecimal>> planTotals, Map<Long, List<CapitalPlan>> capitalPlans,
			Map<String, Projects.ProjectSchedule> schedules, Map<Long, List<ProjectReport>> reports,
			Map<Long, List<Milestone>> milestones, Map<Long, Agency> agencies, Map<Long, OrgUnit> units, ProgressRules rules) {
	}

}

package org.chitieu.project;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;
import org.chitieu.plan.Schedule;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Projects, their groups, capital plans, reports with their history and milestones. */
@Repository
class Projects {

	private static final String SELECT_PROJECT = """
			select id, code, name, type, investor_id, org_unit_id, start_year, end_year, total_investment, stage
			from project
			""";

	private static final String UPSERT_PROJECT = """
			insert into project (code, name, type, investor_id, org_unit_id, start_year, end_year, total_investment, stage)
			values (:code, :name, :type, (select id from agency where code = :investor),
			        (select id from org_unit where code = :orgUnit), :startYear, :endYear, :totalInvestment, :stage)
			on conflict (code) do update set name = excluded.name, type = excluded.type,
			    investor_id = excluded.investor_id, org_unit_id = excluded.org_unit_id,
			    start_year = excluded.start_year, end_year = excluded.end_year,
			    total_investment = excluded.total_investment, stage = excluded.stage
			returning id
			""";

	private static final String UPSERT_GROUP = """
			insert into project_group (code, name, name_en) values (:code, :name, :nameEn)
			on conflict (code) do update set name = excluded.name, name_en = excluded.name_en
			""";

	private static final String SELECT_REPORT = """
			select project_id, year, month, disbursed, physical_progress, affected_households, area_ha,
			       compensation_approved, compensation_paid, handed_over_households, comment, status, return_reason,
			       updated_by, updated_at
			from project_report
			""";

	private static final String UPSERT_REPORT = """
			insert into project_report (project_id, year, month, disbursed, physical_progress, affected_households,
			                            area_ha, compensation_approved, compensation_paid, handed_over_households,
			                            comment, status, return_reason, updated_by, updated_at)
			values (:project, :year, :month, :disbursed, :physicalProgress, :affectedHouseholds, :areaHa,
			        :compensationApproved, :compensationPaid, :handedOverHouseholds, :comment, :status, :reason,
			        :by, :at)
			on conflict (project_id, year, month) do update set disbursed = excluded.disbursed,
			    physical_progress = excluded.physical_progress, affected_households = excluded.affected_households,
			    area_ha = excluded.area_ha, compensation_approved = excluded.compensation_approved,
			    compensation_paid = excluded.compensation_paid, handed_over_households = excluded.handed_over_households,
			    comment = excluded.comment, status = excluded.status, return_reason = excluded.return_reason,
			    updated_by = excluded.updated_by, updated_at = excluded.updated_at
			""";

	private static final String INSERT_HISTORY = """
			insert into project_report_history (project_id, year, month, old_status, new_status, figures, comment,
			                                    changed_by, changed_at)
			values (:project, :year, :month, :oldStatus, :newStatus, cast(:figures as jsonb), :comment, :by, :at)
			""";

	private static final String SELECT_COUNTED = SELECT_REPORT + """
			where status in ('SUBMITTED', 'APPROVED') and year <= :toYear order by project_id, year, month
			""";

	private static final String UPSERT_MILESTONE = """
			insert into project_milestone (project_id, code, name, planned_date, actual_date, note)
			values (:project, :code, :name, :planned, :actual, :note)
			on conflict (project_id, code) do update set name = excluded.name, planned_date = excluded.planned_date,
			    actual_date = excluded.actual_date, note = excluded.note
			""";

	private static final String UPSERT_SOURCE = """
			insert into indicator_project_source (indicator_id, group_id, field)
			values ((select id from indicator where code = :indicator), (select id from project_group where code = :group),
			        :field)
			on conflict (indicator_id) do update set group_id = excluded.group_id, field = excluded.field
			""";

	private static final String SELECT_SOURCES = """
			select i.code as indicator, g.code as "group", s.field
			from indicator_project_source s join indicator i on i.id = s.indicator_id
			join project_group g on g.id = s.group_id order by i.code
			""";

	private static final TypeReference<Map<String, BigDecimal>> PLANNED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final CacheEviction eviction;

	Projects(JdbcClient jdbc, CacheEviction eviction) {
		this.jdbc = jdbc;
		this.eviction = eviction;
	}

	// Projects and groups

	List<Project> findAll() {
		return this.jdbc.sql(SELECT_PROJECT + " order by code").query(Project.class).list();
	}

	Optional<Project> findByCode(String code) {
		return this.jdbc.sql(SELECT_PROJECT + " where code = ?").param(code).query(Project.class).optional();
	}

	long save(ProjectDefinition project) {
		long id = this.jdbc.sql(UPSERT_PROJECT)
			.param("code", project.code())
			.param("name", project.name())
			.param("type", project.type())
			.param("investor", project.investor())
			.param("orgUnit", project.orgUnit())
			.param("startYear", project.startYear())
			.param("endYear", project.endYear())
			.param("totalInvestment", project.totalInvestment())
			.param("stage", project.stage() == null ? ProjectStage.CONSTRUCTION.name() : project.stage())
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from project_capital_plan where project_id = ?").param(id).update();
		for (ProjectDefinition.CapitalPlanEntry plan : project.capitalPlans()) {
			this.jdbc.sql("insert into project_capital_plan (project_id, year, source, amount) values (?, ?, ?, ?)")
				.params(id, plan.year(), plan.source(), plan.amount())
				.update();
		}
		this.jdbc.sql("delete from project_schedule where project_id = ?").param(id).update();
		for (ProjectDefinition.ScheduleEntry schedule : project.schedules()) {
			this.jdbc.sql("insert into project_schedule (project_id, year, schedule, planned) values (?, ?, ?, cast(? as jsonb))")
				.params(id, schedule.year(), schedule.schedule(),
						schedule.planned() == null || schedule.planned().isEmpty() ? null
								: this.json.writeValueAsString(new TreeMap<>(schedule.planned())))
				.update();
		}
		this.jdbc.sql("delete from project_group_member where project_id = ?").param(id).update();
		for (String group : project.groups()) {
			this.jdbc.sql("insert into project_group_member select id, ? from project_group where code = ?")
				.params(id, group)
				.update();
		}
		return id;
	}

	List<ProjectGroup> findGroups() {
		return this.jdbc.sql("select id, code, name, name_en from project_group order by code")
			.query(ProjectGroup.class)
			.list();
	}

	void saveGroup(ProjectGroupDefinition group) {
		this.jdbc.sql(UPSERT_GROUP)
			.param("code", group.code())
			.param("name", group.name())
			.param("nameEn", group.nameEn())
			.update();
	}

	List<Membership> findMemberships() {
		return this.jdbc.sql("select group_id, project_id from project_group_member").query(Membership.class).list();
	}

	List<ProjectCapital> findCapitalPlans() {
		return this.jdbc.sql("select project_id, year, source, amount from project_capital_plan order by project_id, year, source")
			.query(ProjectCapital.class)
			.list();
	}

	List<ProjectSchedule> findSchedules() {
		return this.jdbc.sql("select project_id, year, schedule, planned::text as planned from project_schedule")
			.query((rs, row) -> new ProjectSchedule(rs.getLong(1), rs.getInt(2), Schedule.valueOf(rs.getString(3)),
					planned(rs.getString(4))))
			.list();
	}

	private SortedMap<Integer, BigDecimal> planned(String text) {
		SortedMap<Integer, BigDecimal> byMonth = new TreeMap<>();
		if (text != null) {
			this.json.readValue(text, PLANNED)
				.forEach((month, value) -> byMonth.put(YearMonth.parse(month).getMonthValue(), value));
		}
		return byMonth;
	}

	// Reports

	Optional<ProjectReport> findReport(long projectId, int year, int month) {
		return this.jdbc.sql(SELECT_REPORT + " where project_id = ? and year = ? and month = ?")
			.params(projectId, year, month)
			.query(ProjectReport.class)
			.optional();
	}

	List<ProjectReport> findReports(long projectId) {
		return this.jdbc.sql(SELECT_REPORT + " where project_id = ? order by year, month")
			.param(projectId)
			.query(ProjectReport.class)
			.list();
	}

	/** The submitted and approved reports of every project up to {@code toYear}, in month order. */
	List<ProjectReport> findCounted(int toYear) {
		return this.jdbc.sql(SELECT_COUNTED).param("toYear", toYear).query(ProjectReport.class).list();
	}

	/** The latest month with a counted report of any project, if any. */
	Optional<YearMonth> latestCountedMonth() {
		return this.jdbc.sql("""
				select year, month from project_report where status in ('SUBMITTED', 'APPROVED')
				order by year desc, month desc limit 1
				""").query((rs, row) -> YearMonth.of(rs.getInt(1), rs.getInt(2))).optional();
	}

	/** Writes the report and appends the change to its history. */
	void write(ProjectReport report) {
		Optional<ProjectReport> old = findReport(report.projectId(), report.year(), report.month());
		Timestamp at = Timestamp.from(report.updatedAt());
		this.jdbc.sql(UPSERT_REPORT)
			.param("project", report.projectId())
			.param("year", report.year())
			.param("month", report.month())
			.param("disbursed", report.disbursed())
			.param("physicalProgress", report.physicalProgress())
			.param("affectedHouseholds", report.affectedHouseholds())
			.param("areaHa", report.areaHa())
			.param("compensationApproved", report.compensationApproved())
			.param("compensationPaid", report.compensationPaid())
			.param("handedOverHouseholds", report.handedOverHouseholds())
			.param("comment", report.comment())
			.param("status", report.status().name())
			.param("reason", report.returnReason())
			.param("by", report.updatedBy())
			.param("at", at)
			.update();
		Map<String, Object> figures = new TreeMap<>();
		figures.put("disbursed", report.disbursed());
		figures.put("physicalProgress", report.physicalProgress());
		figures.put("affectedHouseholds", report.affectedHouseholds());
		figures.put("areaHa", report.areaHa());
		figures.put("compensationApproved", report.compensationApproved());
		figures.put("compensationPaid", report.compensationPaid());
		figures.put("handedOverHouseholds", report.handedOverHouseholds());
		this.jdbc.sql(INSERT_HISTORY)
			.param("project", report.projectId())
			.param("year", report.year())
			.param("month", report.month())
			.param("oldStatus", old.map(o -> o.status().name()).orElse(null))
			.param("newStatus", report.status().name())
			.param("figures", this.json.writeValueAsString(figures))
			.param("comment", report.returnReason() != null ? report.returnReason() : report.comment())
			.param("by", report.updatedBy())
			.param("at", at)
			.update();
	}

	int countHistory(long projectId) {
		return this.jdbc.sql("select count(*) from project_report_history where project_id = ?")
			.param(projectId)
			.query(Integer.class)
			.single();
	}

	// Milestones

	/** Every project's milestones, in one statement, by project id. */
	Map<Long, List<Milestone>> findAllMilestones() {
		RowMapper<Milestone> milestone = new DataClassRowMapper<>(Milestone.class);
		Map<Long, List<Milestone>> byProject = new HashMap<>();
		this.jdbc.sql("""
				select project_id, id, code, name, planned_date, actual_date, note from project_milestone
				order by project_id, planned_date, code
				""").query((row, number) -> {
			byProject.computeIfAbsent(row.getLong("project_id"), id -> new ArrayList<>()).add(milestone.mapRow(row, number));
			return null;
		}).list();
		return byProject;
	}

	void saveMilestone(long projectId, String code, String name, LocalDate planned, LocalDate actual, String note) {
		this.jdbc.sql(UPSERT_MILESTONE)
			.param("project", projectId)
			.param("code", code)
			.param("name", name)
			.param("planned", planned)
			.param("actual", actual)
			.param("note", note)
			.update();
	}

	// Indicators from projects

	List<ProjectSource> findSources() {
		return this.jdbc.sql(SELECT_SOURCES).query(ProjectSource.class).list();
	}

	/** The indicators whose values come from project reports. */
	Set<Long> fedIndicatorIds() {
		return Set.copyOf(this.jdbc.sql("select indicator_id from indicator_project_source").query(Long.class).list());
	}

	void saveSource(String indicator, String group, ProjectField field) {
		this.jdbc.sql(UPSERT_SOURCE).param("indicator", indicator).param("group", group).param("field", field.name()).update();
		// the catalogue says which indicators projects feed
		this.eviction.changed(CacheTopic.CATALOGUE);
	}

	void deleteSource(String indicator) {
		this.jdbc.sql("delete from indicator_project_source where indicator_id = (select id from indicator where code = ?)")
			.param(indicator)
			.update();
		this.eviction.changed(CacheTopic.CATALOGUE);
	}

	record Membership(long groupId, long projectId) {
	}

	record ProjectCapital(long projectId, int year, String source, BigDecimal amount) {
	}

	record ProjectSchedule(long projectId, int year, Schedule schedule, SortedMap<Integer, BigDecimal> planned) {
	}

}

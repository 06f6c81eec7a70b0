package org.chitieu.task;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks, their co-agencies, progress reports and attachments. */
@Repository
class Tasks {

	private static final String SELECT_TASK = """
			select t.id, t.org_unit_id, t.title, t.source, t.source_reference, c.meeting_id, t.lead_agency_id,
			       array(select agency_id from task_co_agency where task_id = t.id order by agency_id) as co_agency_ids,
			       t.assigned_on, t.deadline, t.recurrence, t.priority, t.indicator_code, t.project_code,
			       t.target_org_unit_id
			from task t left join meeting_conclusion c on c.id = t.conclusion_id
			""";

	private static final String INSERT_TASK = """
			insert into task (org_unit_id, title, source, source_reference, conclusion_id, lead_agency_id, assigned_on,
			                  deadline, recurrence, priority, indicator_code, project_code, target_org_unit_id,
			                  created_by, created_at)
			values (:orgUnit, :title, :source, :reference, :conclusion, :lead, :assignedOn, :deadline, :recurrence,
			        :priority, :indicator, :project, :target, :by, :at)
			returning id
			""";

	private static final String SELECT_LEAD_MARKS = """
			select r.task_id, r.reported_on, r.percent_done
			from task_report r join task t on t.id = r.task_id and r.agency_id = t.lead_agency_id
			""";

	private static final String SELECT_REPORTS = """
			select id, task_id, agency_id, reported_on, percent_done, text, created_by from task_report
			where task_id = ? order by reported_on desc, id desc
			""";

	private static final String INSERT_REPORT = """
			insert into task_report (task_id, agency_id, reported_on, percent_done, text, created_by, created_at)
			values (:task, :agency, :reportedOn, :percent, :text, :by, :at)
			returning id
			""";

	private static final RowMapper<Task> TASK = (rs, row) -> new Task(rs.getLong("id"), rs.getLong("org_unit_id"),
			rs.getString("title"), TaskSource.valueOf(rs.getString("source")), rs.getString("source_reference"),
			nullableLong(rs, "meeting_id"), rs.getLong("lead_agency_id"), longs(rs.getArray("co_agency_ids")),
			rs.getObject("assigned_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
			rs.getString("recurrence") == null ? null : Recurrence.valueOf(rs.getString("recurrence")),
			Priority.valueOf(rs.getString("priority")), rs.getString("indicator_code"), rs.getString("project_code"),
			nullableLong(rs, "target_org_unit_id"));

	private final JdbcClient jdbc;

	Tasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Task> findAll() {
		return this.jdbc.sql(SELECT_TASK + " order by t.id").query(TASK).list();
	}

	Optional<Task> findById(long id) {
		return this.jdbc.sql(SELECT_TASK + " where t.id = ?").param(id).query(TASK).optional();
	}

	List<Task> findByMeeting(long meetingId) {
		return this.jdbc.sql(SELECT_TASK + " where c.meeting_id = ? order by c.item_no").param(meetingId).query(TASK).list();
	}

	/** The lead agencies' reports of every task, by task id. */
	Map<Long, List<ProgressMark>> leadMarks() {
		return this.jdbc.sql(SELECT_LEAD_MARKS)
			.query((rs, row) -> Map.entry(rs.getLong("task_id"),
					new ProgressMark(rs.getObject("reported_on", LocalDate.class), rs.getInt("percent_done"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	List<ProgressMark> leadMarks(long taskId) {
		return this.jdbc.sql(SELECT_LEAD_MARKS + " where r.task_id = ?")
			.param(taskId)
			.query((rs, row) -> new ProgressMark(rs.getObject("reported_on", LocalDate.class), rs.getInt("percent_done")))
			.list();
	}

	long insert(NewTask task, String by, Instant at) {
		long id = this.jdbc.sql(INSERT_TASK)
			.param("orgUnit", task.orgUnitId())
			.param("title", task.title())
			.param("source", task.source().name())
			.param("reference", task.sourceReference())
			.param("conclusion", task.conclusionId())
			.param("lead", task.leadAgencyId())
			.param("assignedOn", task.assignedOn())
			.param("deadline", task.deadline())
			.param("recurrence", task.recurrence() == null ? null : task.recurrence().name())
			.param("priority", task.priority().name())
			.param("indicator", task.indicatorCode())
			.param("project", task.projectCode())
			.param("target", task.targetOrgUnitId())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		for (Long agency : task.coAgencyIds()) {
			this.jdbc.sql("insert into task_co_agency (task_id, agency_id) values (?, ?) on conflict do nothing")
				.params(id, agency)
				.update();
		}
		return id;
	}

	List<TaskReport> reports(long taskId) {
		List<TaskReport> reports = this.jdbc.sql(SELECT_REPORTS)
			.param(taskId)
			.query((rs, row) -> new TaskReport(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("agency_id"),
					rs.getObject("reported_on", LocalDate.class), rs.getInt("percent_done"), rs.getString("text"),
					rs.getString("created_by"), new ArrayList<>()))
			.list();
		if (!reports.isEmpty()) {
			Map<Long, TaskReport> byId = reports.stream().collect(Collectors.toMap(TaskReport::id, r -> r));
			this.jdbc.sql("""
					select a.id, a.report_id, a.file_name, a.content_type, a.size from task_attachment a
					join task_report r on r.id = a.report_id where r.task_id = ? order by a.id
					""").param(taskId).query((rs, row) -> {
				byId.get(rs.getLong("report_id")).attachments()
					.add(new TaskReport.AttachmentInfo(rs.getLong("id"), rs.getString("file_name"),
							rs.getString("content_type"), rs.getInt("size")));
				return null;
			}).list();
		}
		return reports;
	}

	long insertReport(long taskId, long agencyId, LocalDate reportedOn, int percent, String text, String by,
			Instant at) {
		return this.jdbc.sql(INSERT_REPORT)
			.param("task", taskId)
			.param("agency", agencyId)
			.param("reportedOn", reportedOn)
			.param("percent", percent)
			.param("text", text)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void insertAttachment(long reportId, Attachment attachment) {
		this.jdbc.sql("""
				insert into task_attachment (report_id, file_name, content_type, size, content) values (?, ?, ?, ?, ?)
				""")
			.params(reportId, attachment.fileName(), attachment.type().contentType(), attachment.content().length,
					attachment.content())
			.update();
	}

	/** The attachment's name, type and bytes, if it belongs to the task. */
	Optional<StoredFile> attachment(long taskId, long attachmentId) {
		return this.jdbc.sql("""
				select a.file_name, a.content_type, a.content from task_attachment a
				join task_report r on r.id = a.report_id where r.task_id = ? and a.id = ?
				""")
			.params(taskId, attachmentId)
			.query((rs, row) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
	}

	/** What creating a task needs, resolved to ids. */
	record NewTask(long orgUnitId, String title, TaskSource source, String sourceReference, Long conclusionId,
			long leadAgencyId, Collection<Long> coAgencyIds, LocalDate assignedOn, LocalDate deadline,
			Recurrence recurrence, Priority priority, String indicatorCode, String projectCode, Long targetOrgUnitId) {
	}

	record StoredFile(String fileName, String contentType, byte[] content) {
	}

}

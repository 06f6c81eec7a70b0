package org.chitieu.task;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, their participating agencies and conclusions. */
@Repository
class Meetings {

	private static final String SELECT_MEETING = """
			select m.id, m.org_unit_id, m.type, m.held_on, m.title, m.chair_title, m.agenda, m.minutes,
			       m.notice_number, m.notice_date,
			       array(select agency_id from meeting_agency where meeting_id = m.id order by agency_id) as agency_ids
			from meeting m
			""";

	private static final String SELECT_CONCLUSIONS = """
			select c.id, c.item_no, c.text, c.lead_agency_id, c.co_agency_ids, c.deadline, c.recurrence, c.priority,
			       c.indicator_code, c.project_code, t.id as task_id
			from meeting_conclusion c left join task t on t.conclusion_id = c.id
			where c.meeting_id = ? order by c.item_no
			""";

	private static final String INSERT_MEETING = """
			insert into meeting (org_unit_id, type, held_on, title, chair_title, agenda, minutes, created_by, created_at)
			values (:orgUnit, :type, :heldOn, :title, :chair, :agenda, :minutes, :by, :at)
			returning id
			""";

	private static final String INSERT_CONCLUSION = """
			insert into meeting_conclusion (meeting_id, item_no, text, lead_agency_id, co_agency_ids, deadline,
			                                recurrence, priority, indicator_code, project_code)
			values (:meeting, :item, :text, :lead, cast(:co as bigint[]), :deadline, :recurrence, :priority, :indicator, :project)
			""";

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Meeting> findAll() {
		return this.jdbc.sql(SELECT_MEETING + " order by m.held_on desc, m.id desc").query(this::meeting).list();
	}

	Optional<Meeting> findById(long id) {
		return this.jdbc.sql(SELECT_MEETING + " where m.id = ?").param(id).query(this::meeting).optional();
	}

	long insert(Meeting meeting, String by, Instant at) {
		long id = this.jdbc.sql(INSERT_MEETING)
			.param("orgUnit", meeting.orgUnitId())
			.param("type", meeting.type().name())
			.param("heldOn", meeting.heldOn())
			.param("title", meeting.title())
			.param("chair", meeting.chairTitle())
			.param("agenda", meeting.agenda())
			.param("minutes", meeting.minutes())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		for (Long agency : meeting.agencyIds()) {
			this.jdbc.sql("insert into meeting_agency (meeting_id, agency_id) values (?, ?) on conflict do nothing")
				.params(id, agency)
				.update();
		}
		for (Meeting.Conclusion conclusion : meeting.conclusions()) {
			this.jdbc.sql(INSERT_CONCLUSION)
				.param("meeting", id)
				.param("item", conclusion.itemNo())
				.param("text", conclusion.text())
				.param("lead", conclusion.leadAgencyId())
				.param("co", conclusion.coAgencyIds()
					.stream()
					.map(String::valueOf)
					.collect(Collectors.joining(",", "{", "}")))
				.param("deadline", conclusion.deadline())
				.param("recurrence", conclusion.recurrence() == null ? null : conclusion.recurrence().name())
				.param("priority", conclusion.priority().name())
				.param("indicator", conclusion.indicatorCode())
				.param("project", conclusion.projectCode())
				.update();
		}
		return id;
	}

	void issueNotice(long meetingId, String number, LocalDate date) {
		this.jdbc.sql("update meeting set notice_number = ?, notice_date = ? where id = ?")
			.params(number, date, meetingId)
			.update();
	}

	private Meeting meeting(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new Meeting(id, rs.getLong("org_unit_id"), MeetingType.valueOf(rs.getString("type")),
				rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getString("chair_title"),
				rs.getString("agenda"), rs.getString("minutes"), rs.getString("notice_number"),
				rs.getObject("notice_date", LocalDate.class), longs(rs.getArray("agency_ids")), conclusions(id));
	}

	private List<Meeting.Conclusion> conclusions(long meetingId) {
		RowMapper<Meeting.Conclusion> mapper = (rs, row) -> {
			long lead = rs.getLong("lead_agency_id");
			Long leadId = rs.wasNull() ? null : lead;
			long task = rs.getLong("task_id");
			Long taskId = rs.wasNull() ? null : task;
			return new Meeting.Conclusion(rs.getLong("id"), rs.getInt("item_no"), rs.getString("text"), leadId,
					longs(rs.getArray("co_agency_ids")), rs.getObject("deadline", LocalDate.class),
					rs.getString("recurrence") == null ? null : Recurrence.valueOf(rs.getString("recurrence")),
					Priority.valueOf(rs.getString("priority")), rs.getString("indicator_code"),
					rs.getString("project_code"), taskId);
		};
		return this.jdbc.sql(SELECT_CONCLUSIONS).param(meetingId).query(mapper).list();
	}

	private static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
	}

}

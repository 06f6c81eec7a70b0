package org.chitieu.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Obstacles {

	private static final String SELECT_OBSTACLE = """
			select id, org_unit_id, task_id, project_code, agency_id, description, needed, needed_from, raised_on,
			       raised_by, answer, answered_on, answered_by
			from obstacle
			""";

	private static final String INSERT_OBSTACLE = """
			insert into obstacle (org_unit_id, task_id, project_code, agency_id, description, needed, needed_from,
			                      raised_on, raised_by)
			values (:orgUnit, :task, :project, :agency, :description, :needed, :neededFrom, :raisedOn, :by)
			returning id
			""";

	private final JdbcClient jdbc;

	Obstacles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Obstacle> findAll() {
		return this.jdbc.sql(SELECT_OBSTACLE + " order by raised_on desc, id desc").query(Obstacle.class).list();
	}

	Optional<Obstacle> findById(long id) {
		return this.jdbc.sql(SELECT_OBSTACLE + " where id = ?").param(id).query(Obstacle.class).optional();
	}

	List<Obstacle> findByTask(long taskId) {
		return this.jdbc.sql(SELECT_OBSTACLE + " where task_id = ? order by raised_on desc, id desc")
			.param(taskId)
			.query(Obstacle.class)
			.list();
	}

	long insert(long orgUnitId, Long taskId, String projectCode, long agencyId, String description, String needed,
			String neededFrom, LocalDate raisedOn, String by) {
		return this.jdbc.sql(INSERT_OBSTACLE)
			.param("orgUnit", orgUnitId)
			.param("task", taskId)
			.param("project", projectCode)
			.param("agency", agencyId)
			.param("description", description)
			.param("needed", needed)
			.param("neededFrom", neededFrom)
			.param("raisedOn", raisedOn)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** Records the answer unless one was recorded already; false when it was. */
	boolean answer(long id, String answer, LocalDate answeredOn, String by) {
		return this.jdbc.sql("update obstacle set answer = ?, answered_on = ?, answered_by = ? where id = ? and answer is null")
			.params(answer, answeredOn, by, id)
			.update() == 1;
	}

}

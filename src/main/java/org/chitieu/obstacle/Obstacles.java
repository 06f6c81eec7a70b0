package org.chitieu.obstacle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one register of obstacles, on tasks and projects alike, newest first. Going to the leaders and being
 * resolved are announced ({@link ObstacleEscalated}, {@link ObstacleResolved}) whichever module did it.
 */
@Repository
public class Obstacles {

	private static final String SELECT_OBSTACLE = """
			select id, org_unit_id, task_id, project_code, agency_id, description, needed, needed_from, status,
			       raised_on, raised_by, escalated_on, resolved_on, resolution, resolved_by
			from obstacle
			""";

	private static final String NEWEST_FIRST = " order by raised_on desc, id desc";

	private static final String INSERT_OBSTACLE = """
			insert into obstacle (org_unit_id, task_id, project_code, agency_id, description, needed, needed_from,
			                      status, raised_on, raised_by, escalated_on)
			values (:orgUnit, :task, :project, :agency, :description, :needed, :neededFrom, :status, :raisedOn, :by,
			        case when :status = 'ESCALATED' then cast(:raisedOn as date) end)
			returning id
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Obstacles(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public List<Obstacle> findAll() {
		return this.jdbc.sql(SELECT_OBSTACLE + NEWEST_FIRST).query(Obstacle.class).list();
	}

	public Optional<Obstacle> findById(long id) {
		return this.jdbc.sql(SELECT_OBSTACLE + " where id = ?").param(id).query(Obstacle.class).optional();
	}

	public List<Obstacle> findByTask(long taskId) {
		return this.jdbc.sql(SELECT_OBSTACLE + " where task_id = ?" + NEWEST_FIRST)
			.param(taskId)
			.query(Obstacle.class)
			.list();
	}

	public List<Obstacle> findByProject(String projectCode) {
		return this.jdbc.sql(SELECT_OBSTACLE + " where project_code = ?" + NEWEST_FIRST)
			.param(projectCode)
			.query(Obstacle.class)
			.list();
	}

	/** Records a new obstacle; one raised ESCALATED is announced to the leaders as it is. */
	public long raise(NewObstacle obstacle) {
		long id = this.jdbc.sql(INSERT_OBSTACLE)
			.param("orgUnit", obstacle.orgUnitId())
			.param("task", obstacle.taskId())
			.param("project", obstacle.projectCode())
			.param("agency", obstacle.agencyId())
			.param("description", obstacle.description())
			.param("needed", obstacle.needed())
			.param("neededFrom", obstacle.neededFrom())
			.param("status", obstacle.status().name())
			.param("raisedOn", obstacle.raisedOn())
			.param("by", obstacle.raisedBy())
			.query(Long.class)
			.single();
		if (obstacle.status() == ObstacleStatus.ESCALATED) {
			this.events.publishEvent(new ObstacleEscalated(findById(id).orElseThrow()));
		}
		return id;
	}

	/** Escalates an OPEN obstacle to the leaders; false when it was not OPEN any more. */
	public boolean escalate(long id, LocalDate on) {
		boolean escalated = this.jdbc
			.sql("update obstacle set status = 'ESCALATED', escalated_on = ? where id = ? and status = 'OPEN'")
			.params(on, id)
			.update() == 1;
		if (escalated) {
			this.events.publishEvent(new ObstacleEscalated(findById(id).orElseThrow()));
		}
		return escalated;
	}

	/**
	 * Resolves an obstacle not yet resolved, keeping the earlier resolution text when none is given; false
	 * when it was resolved already.
	 */
	public boolean resolve(long id, LocalDate on, String resolution, String by) {
		boolean resolved = this.jdbc.sql("""
				update obstacle set status = 'RESOLVED', resolved_on = ?, resolution = coalesce(?, resolution), resolved_by = ?
				where id = ? and status <> 'RESOLVED'
				""").params(on, resolution, by, id).update() == 1;
		if (resolved) {
			this.events.publishEvent(new ObstacleResolved(findById(id).orElseThrow()));
		}
		return resolved;
	}

}

package org.chitieu.task;

import org.chitieu.orgunit.UnitHoldings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open tasks of an ended unit (those its lead agency has not reported done) follow it to its
 * successor; done tasks stay where they were done (moving on).
 */
@Component
class OpenTasksMoveWithUnit implements UnitHoldings {

	private static final String MOVE = """
			update task t set org_unit_id = case when t.org_unit_id = :from then :to else t.org_unit_id end,
			    target_org_unit_id = case when t.target_org_unit_id = :from then :to else t.target_org_unit_id end
			where (t.org_unit_id = :from or t.target_org_unit_id = :from)
			  and not exists (select 1 from task_report r
			                  where r.task_id = t.id and r.agency_id = t.lead_agency_id and r.percent_done = 100)
			""";

	private final JdbcClient jdbc;

	OpenTasksMoveWithUnit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "tasks";
	}

	@Override
	public int moveTo(long fromUnitId, long toUnitId) {
		return this.jdbc.sql(MOVE).param("from", fromUnitId).param("to", toUnitId).update();
	}

}

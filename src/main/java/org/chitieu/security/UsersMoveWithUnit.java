package org.chitieu.security;

import org.chitieu.orgunit.UnitHoldings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts of an ended unit follow it to its successor (moving on). */
@Component
class UsersMoveWithUnit implements UnitHoldings {

	private final JdbcClient jdbc;

	UsersMoveWithUnit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "users";
	}

	@Override
	public int moveTo(long fromUnitId, long toUnitId) {
		return this.jdbc.sql("update app_user set org_unit_id = :to where org_unit_id = :from")
			.param("from", fromUnitId)
			.param("to", toUnitId)
			.update();
	}

}

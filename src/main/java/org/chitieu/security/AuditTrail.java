package org.chitieu.security;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit trail: administrative acts and every change of a figure (the {@code audit_trail}
 * view over {@code audit_event} and the figures' history), newest first.
 */
@Repository
class AuditTrail {

	/** Dates are the committee's: a day runs midnight to midnight in Vietnam. */
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String FROM = """
			from audit_trail t
			left join org_unit o on o.id = t.org_unit_id
			left join indicator i on i.id = t.indicator_id
			where (cast(:all as boolean) or t.org_unit_id = any(:units))
			  and (cast(:unit as bigint[]) is null or t.org_unit_id = any(:unit))
			  and (:actor = '' or t.actor = :actor)
			  and (:indicator = '' or i.code = :indicator)
			  and (cast(:from as timestamptz) is null or t.at >= :from)
			  and (cast(:to as timestamptz) is null or t.at < :to)
			""";

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> find(Filter filter, int offset, int limit) {
		return bind("""
				select t.kind, t.at, t.actor, t.action, o.code as org_unit, o.name as org_unit_name,
				       i.code as indicator, i.name as indicator_name, t.subject, t.detail, t.old_value, t.new_value
				""" + FROM + " order by t.at desc offset :offset limit :limit", filter)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getString("kind"), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("org_unit"),
					rs.getString("org_unit_name"), rs.getString("indicator"), rs.getString("indicator_name"),
					rs.getString("subject"), rs.getString("detail"), rs.getBigDecimal("old_value"),
					rs.getBigDecimal("new_value")))
			.list();
	}

	long count(Filter filter) {
		return bind("select count(*) " + FROM, filter).query(Long.class).single();
	}

	private JdbcClient.StatementSpec bind(String sql, Filter filter) {
		return this.jdbc.sql(sql)
			.param("all", filter.visibleUnits() == null)
			.param("units", filter.visibleUnits() == null ? new Long[0] : filter.visibleUnits().toArray(Long[]::new))
			.param("unit", filter.unitSubtree() == null ? null : filter.unitSubtree().toArray(Long[]::new))
			.param("actor", filter.actor() == null ? "" : filter.actor().strip())
			.param("indicator", filter.indicator() == null ? "" : filter.indicator().strip())
			.param("from", filter.from() == null ? null : Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()))
			.param("to", filter.to() == null ? null
					: Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
	}

	/**
	 * What to show: {@code visibleUnits} the reader's subtree (null: everything, acts of no unit
	 * included), {@code unitSubtree} the chosen unit's subtree (null: any), the rest as typed.
	 */
	record Filter(Collection<Long> visibleUnits, Collection<Long> unitSubtree, String actor, String indicator,
			LocalDate from, LocalDate to) {
	}

	/** One act: {@code kind} ADMIN or FIGURE; for a figure, {@code subject} is its month and the values are set. */
	record Entry(String kind, Instant at, String actor, String action, String orgUnit, String orgUnitName,
			String indicator, String indicatorName, String subject, String detail, BigDecimal oldValue,
			BigDecimal newValue) {
	}

}

package org.chitieu.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The trail of administrative and security acts (users, plans, catalogue, sign-in lockouts): who did
 * what to which subject, in which unit, and when. Append-only; the audit page reads it beside the history of every figure.
 */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an act: {@code action} a message key under {@code audit.action.}, {@code orgUnitId} may be null. */
	public void record(String actor, String action, Long orgUnitId, String subject, String detail) {
		this.jdbc.sql("""
				insert into audit_event (at, actor, action, org_unit_id, subject, detail)
				values (?, ?, ?, ?, ?, ?)
				""").params(Timestamp.from(this.clock.instant()), actor, action, orgUnitId, subject, detail).update();
	}

	/** The newest acts of one kind, newest first. */
	public List<Act> recent(String action, int limit) {
		return this.jdbc.sql("""
				select at, actor, action, subject, detail from audit_event where action = ? order by id desc limit ?
				""").params(action, limit).query(Act.class).list();
	}

	public record Act(Instant at, String actor, String action, String subject, String detail) {
	}

}

package org.chitieu.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The deployment's audit log: security events that must be visible afterwards, such as sign-in lockouts. */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes the event in a transaction of its own, so it stays when the caller's rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String kind, String username, String client, String detail) {
		this.jdbc.sql("insert into audit_log (at, kind, username, client, detail) values (?, ?, ?, ?, ?)")
			.params(Timestamp.from(this.clock.instant()), kind, username, client, detail)
			.update();
	}

	/** The newest events of a kind. */
	public List<Event> recent(String kind, int limit) {
		return this.jdbc.sql("select at, kind, username, client, detail from audit_log where kind = ? order by id desc limit ?")
			.params(kind, limit)
			.query(Event.class)
			.list();
	}

	public record Event(Instant at, String kind, String username, String client, String detail) {
	}

}

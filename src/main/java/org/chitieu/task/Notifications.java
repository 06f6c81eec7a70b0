package org.chitieu.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox, what the reminder job has sent, and the e-mail outbox. */
@Repository
class Notifications {

	private static final String SELECT_NOTIFICATION = """
			select id, user_id, kind, task_id, obstacle_id, subject, due_on, created_at, read_at from notification
			""";

	private static final String INSERT_NOTIFICATION = """
			insert into notification (user_id, kind, task_id, obstacle_id, subject, due_on, created_at)
			values (:user, :kind, :task, :obstacle, :subject, :dueOn, :at)
			""";

	private static final String SELECT_UNMAILED = """
			select n.id, n.kind, n.subject, n.due_on, n.task_id, a.email from notification n
			join task_mail_address a on a.user_id = n.user_id
			where n.mailed_at is null and n.mail_attempts < :maxAttempts
			order by n.id limit 100
			""";

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long userId, Notification.Kind kind, Long taskId, Long obstacleId, String subject, LocalDate dueOn,
			Instant at) {
		this.jdbc.sql(INSERT_NOTIFICATION)
			.param("user", userId)
			.param("kind", kind.name())
			.param("task", taskId)
			.param("obstacle", obstacleId)
			.param("subject", subject)
			.param("dueOn", dueOn)
			.param("at", Timestamp.from(at))
			.update();
	}

	List<Notification> inbox(long userId, int limit) {
		return this.jdbc.sql(SELECT_NOTIFICATION + " where user_id = ? order by created_at desc, id desc limit ?")
			.params(userId, limit)
			.query(Notification.class)
			.list();
	}

	int unread(long userId) {
		return this.jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	/** Marks the user's own notification read; false when it is not theirs. */
	boolean markRead(long userId, long id, Instant at) {
		return this.jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?")
			.params(Timestamp.from(at), id, userId)
			.update() == 1;
	}

	/** Records that the reminder was sent; false when it had been already (before a restart, too). */
	boolean recordReminder(long taskId, Notification.Kind kind, LocalDate dueOn, LocalDate sentOn) {
		return this.jdbc.sql("""
				insert into task_reminder (task_id, kind, due_on, sent_on) values (?, ?, ?, ?)
				on conflict do nothing
				""").params(taskId, kind.name(), dueOn, sentOn).update() == 1;
	}

	List<Unmailed> unmailed(int maxAttempts) {
		return this.jdbc.sql(SELECT_UNMAILED).param("maxAttempts", maxAttempts).query(Unmailed.class).list();
	}

	void mailed(long id, Instant at) {
		this.jdbc.sql("update notification set mailed_at = ? where id = ?").params(Timestamp.from(at), id).update();
	}

	void mailFailed(long id) {
		this.jdbc.sql("update notification set mail_attempts = mail_attempts + 1 where id = ?").param(id).update();
	}

	Optional<String> address(long userId) {
		return this.jdbc.sql("select email from task_mail_address where user_id = ?")
			.param(userId)
			.query(String.class)
			.optional();
	}

	void saveAddress(long userId, String email) {
		if (email == null) {
			this.jdbc.sql("delete from task_mail_address where user_id = ?").param(userId).update();
			return;
		}
		this.jdbc.sql("""
				insert into task_mail_address (user_id, email) values (?, ?)
				on conflict (user_id) do update set email = excluded.email
				""").params(userId, email).update();
	}

	/** A notification waiting to be mailed, with where to. */
	record Unmailed(long id, Notification.Kind kind, String subject, LocalDate dueOn, Long taskId, String email) {
	}

}

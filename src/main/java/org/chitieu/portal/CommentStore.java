package org.chitieu.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments and the moderation setting. Public reads ask for approved comments of published items in SQL. */
@Repository
class CommentStore {

	private static final String COLUMNS = """
			c.id, c.item_id, i.slug, i.title, c.author_name, c.email, c.body, c.status, c.created_at, c.reply, c.replied_at,
			coalesce((select u.id from org_unit u where u.code = i.org_unit_code),
			    (select a.org_unit_id from app_user a where a.id = i.created_by))
			""";

	private static final String INSERT = """
			insert into portal_comment (item_id, author_name, email, body, status, client_key, created_at)
			values (:item, :name, :email, :body, :status, :client, :now)
			returning id
			""";

	private static final String SELECT_VISIBLE = """
			select c.author_name, c.body, c.created_at, c.reply, c.replied_at
			from portal_comment c join portal_item i on i.id = c.item_id
			where i.slug = :slug and i.status = 'PUBLISHED' and c.status = 'APPROVED'
			order by c.created_at, c.id
			""";

	private static final String COUNT_VISIBLE = """
			select count(*) from portal_comment where item_id = :item and status = 'APPROVED'
			""";

	private static final String DUPLICATE = """
			select exists (select 1 from portal_comment where client_key = :client and body = :body and created_at > :since)
			""";

	private static final String SELECT_BY_STATUS = "select " + COLUMNS + """
			from portal_comment c join portal_item i on i.id = c.item_id where c.status = :status
			order by c.created_at desc, c.id desc limit 5000
			""";

	private final JdbcClient jdbc;

	CommentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long itemId, String name, String email, String body, CommentStatus status, String clientKey,
			Instant now) {
		return this.jdbc.sql(INSERT)
			.param("item", itemId)
			.param("name", name)
			.param("email", email)
			.param("body", body)
			.param("status", status.name())
			.param("client", clientKey)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	List<PublicComment> visible(String slug) {
		return this.jdbc.sql(SELECT_VISIBLE)
			.param("slug", slug)
			.query((rs, row) -> new PublicComment(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
					rs.getString(4), instant(rs.getTimestamp(5))))
			.list();
	}

	int countVisible(long itemId) {
		return this.jdbc.sql(COUNT_VISIBLE).param("item", itemId).query(Integer.class).single();
	}

	boolean duplicate(String clientKey, String body, Instant since) {
		return this.jdbc.sql(DUPLICATE)
			.param("client", clientKey)
			.param("body", body)
			.param("since", Timestamp.from(since))
			.query(Boolean.class)
			.single();
	}

	Optional<Comment> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from portal_comment c join portal_item i on i.id = c.item_id where c.id = ?")
			.param(id)
			.query(CommentStore::comment)
			.optional();
	}

	List<Comment> findByStatus(CommentStatus status) {
		return this.jdbc.sql(SELECT_BY_STATUS).param("status", status.name()).query(CommentStore::comment).list();
	}

	void moderate(long id, CommentStatus status, long userId, Instant now) {
		this.jdbc.sql("update portal_comment set status = :status, moderated_by = :user, moderated_at = :now where id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("user", userId)
			.param("now", Timestamp.from(now))
			.update();
	}

	void reply(long id, String reply, long userId, Instant now) {
		this.jdbc.sql("update portal_comment set reply = :reply, replied_by = :user, replied_at = :now where id = :id")
			.param("id", id)
			.param("reply", reply)
			.param("user", userId)
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean moderationOn() {
		return this.jdbc.sql("select value from portal_setting where name = 'moderation'")
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(true);
	}

	void setModeration(boolean on) {
		this.jdbc.sql("""
				insert into portal_setting (name, value) values ('moderation', :value)
				on conflict (name) do update set value = excluded.value
				""").param("value", Boolean.toString(on)).update();
	}

	private static Comment comment(ResultSet rs, int row) throws SQLException {
		return new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), CommentStatus.valueOf(rs.getString(8)), instant(rs.getTimestamp(9)),
				rs.getString(10), instant(rs.getTimestamp(11)), rs.getObject(12, Long.class));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

package org.chitieu.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts of the deployment. */
@Repository
public class Users {

	private static final String SELECT_USER = """
			select id, username, password_hash, display_name, role, org_unit_id, agency_id, enabled from app_user
			""";

	private static final String INSERT_USER = """
			insert into app_user (username, password_hash, display_name, role, org_unit_id, agency_id)
			values (:username, :hash, :displayName, :role,
			        (select id from org_unit where code = :orgUnit), (select id from agency where code = :agency))
			on conflict (username) do nothing
			""";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ChiTieuUser> findByUsername(String username) {
		return this.jdbc.sql(SELECT_USER + " where username = ?").param(username).query(ChiTieuUser.class).optional();
	}

	Optional<ChiTieuUser> findByTokenHash(String tokenHash, Instant now) {
		return this.jdbc
			.sql(SELECT_USER + " where id = (select user_id from api_token where token_hash = ? and expires_at > ?)")
			.params(tokenHash, Timestamp.from(now))
			.query(ChiTieuUser.class)
			.optional();
	}

	public List<ChiTieuUser> findAll() {
		return this.jdbc.sql(SELECT_USER + " order by role, username").query(ChiTieuUser.class).list();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	/** Creates the account unless the username is taken; org unit and agency by code. */
	public void create(String username, String passwordHash, String displayName, Role role, String orgUnitCode,
			String agencyCode) {
		this.jdbc.sql(INSERT_USER)
			.param("username", username)
			.param("hash", passwordHash)
			.param("displayName", displayName)
			.param("role", role.name())
			.param("orgUnit", orgUnitCode)
			.param("agency", agencyCode)
			.update();
	}

	long saveToken(long userId, String tokenHash, String name, Instant createdAt, Instant expiresAt) {
		return this.jdbc.sql("""
				insert into api_token (user_id, token_hash, name, created_at, expires_at) values (?, ?, ?, ?, ?)
				returning id
				""")
			.params(userId, tokenHash, name, Timestamp.from(createdAt), Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
	}

	/** Serialises token issuing per user, so that parallel requests cannot pass the cap together. */
	void lockTokens(long userId) {
		this.jdbc.sql("select id from app_user where id = ? for update").param(userId).query(Long.class).single();
	}

	List<TokenInfo> liveTokens(long userId, Instant now) {
		return this.jdbc.sql("""
				select id, name, created_at, expires_at from api_token where user_id = ? and expires_at > ?
				order by created_at desc, id desc
				""")
			.params(userId, Timestamp.from(now))
			.query(TokenInfo.class)
			.list();
	}

	boolean deleteToken(long userId, long id) {
		return this.jdbc.sql("delete from api_token where id = ? and user_id = ?").params(id, userId).update() == 1;
	}

	/** A token as its owner sees it: never the token itself. */
	public record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt) {
	}

}

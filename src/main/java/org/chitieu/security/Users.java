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

	Optional<ChiTieuUser> findByTokenHash(String tokenHash) {
		return this.jdbc.sql(SELECT_USER + " where id = (select user_id from api_token where token_hash = ?)")
			.param(tokenHash)
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

	void saveToken(long userId, String tokenHash, String name, Instant createdAt) {
		this.jdbc.sql("insert into api_token (user_id, token_hash, name, created_at) values (?, ?, ?, ?)")
			.params(userId, tokenHash, name, Timestamp.from(createdAt))
			.update();
	}

}

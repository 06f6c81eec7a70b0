package org.chitieu.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts as administration reads and writes them; sign-in reads them through {@link Users}. */
@Repository
class UserAccounts {

	private static final String SELECT_ACCOUNT = """
			select u.id, u.username, u.display_name, u.role, u.org_unit_id, o.code as org_unit, o.name as org_unit_name,
			       u.agency_id, a.code as agency, a.name as agency_name, u.email, u.enabled, u.must_change_password
			from app_user u left join org_unit o on o.id = u.org_unit_id left join agency a on a.id = u.agency_id
			""";

	/** Who an administrator may see: any unit of {@code units}, and units without one only when unscoped. */
	private static final String FILTER = """
			 where (cast(:all as boolean) or u.org_unit_id = any(:units))
			   and (cast(:agencies as bigint[]) is null or u.agency_id = any(:agencies))
			   and (:query = '' or u.username ilike '%' || :query || '%' or u.display_name ilike '%' || :query || '%')
			   and (:role = '' or u.role = :role)
			""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> find(String username) {
		return this.jdbc.sql(SELECT_ACCOUNT + " where u.username = ?").param(username).query(UserAccount.class).optional();
	}

	/** A page of the accounts in {@code units} (every account when {@code units} is null), by user name. */
	List<UserAccount> find(Collection<Long> units, Collection<Long> agencies, String query, String role, int offset,
			int limit) {
		return filtered(SELECT_ACCOUNT + FILTER + " order by u.username offset :offset limit :limit", units, agencies,
				query, role)
			.param("offset", offset)
			.param("limit", limit)
			.query(UserAccount.class)
			.list();
	}

	long count(Collection<Long> units, Collection<Long> agencies, String query, String role) {
		return filtered("select count(*) from app_user u" + FILTER, units, agencies, query, role).query(Long.class)
			.single();
	}

	private JdbcClient.StatementSpec filtered(String sql, Collection<Long> units, Collection<Long> agencies,
			String query, String role) {
		return this.jdbc.sql(sql)
			.param("all", units == null)
			.param("units", units == null ? new Long[0] : units.toArray(Long[]::new))
			.param("agencies", agencies == null ? null : agencies.toArray(Long[]::new))
			.param("query", query == null ? "" : query.strip())
			.param("role", role == null ? "" : role);
	}

	void insert(String username, String passwordHash, String displayName, Role role, Long orgUnitId, Long agencyId,
			String email, boolean mustChangePassword) {
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, org_unit_id, agency_id, email,
				                      must_change_password)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(username, passwordHash, displayName, role.name(), orgUnitId, agencyId, email, mustChangePassword)
			.update();
	}

	void update(long id, String displayName, Role role, Long orgUnitId, Long agencyId, String email, boolean enabled) {
		this.jdbc.sql("""
				update app_user set display_name = ?, role = ?, org_unit_id = ?, agency_id = ?, email = ?, enabled = ?
				where id = ?
				""").params(displayName, role.name(), orgUnitId, agencyId, email, enabled, id).update();
	}

	void setPassword(long id, String passwordHash, boolean mustChange) {
		this.jdbc.sql("update app_user set password_hash = ?, must_change_password = ? where id = ?")
			.params(passwordHash, mustChange, id)
			.update();
	}

	boolean mustChangePassword(String username) {
		return this.jdbc.sql("select must_change_password from app_user where username = ?")
			.param(username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Ends the user's sessions and revokes their tokens: a disabled account or a reset password ends them all. */
	void signOutEverywhere(long id, String username) {
		endSessions(username);
		this.jdbc.sql("delete from api_token where user_id = ?").param(id).update();
	}

	/** Ends the user's web sessions, whose signed-in user still holds the role and unit of before. */
	void endSessions(String username) {
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
	}

}

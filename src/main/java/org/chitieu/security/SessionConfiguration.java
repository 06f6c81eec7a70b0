package org.chitieu.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL. Parallel first requests of one session each add the same attribute; the
 * stock SQL inserts it and all but one fail on the primary key (a 500). Spring Session's PostgreSQL
 * customiser writes attributes with {@code insert … on conflict do update}, so the last write wins.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}

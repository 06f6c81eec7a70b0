package org.chitieu.database;

import java.nio.file.Path;


import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL always: the server named by {@code DATABASE_URL} (a JDBC URL with credentials), or
 * else an embedded one keeping its files in {@code CHITIEU_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${chitieu.database-url:}'.isEmpty()")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${chitieu.data-dir}") Path dataDirectory,
			@Value("${chitieu.embedded-postgres.temporary:false}") boolean temporary,
			ObjectProvider<EmbeddedPostgresStartup.Starting> starting) {
		// started already when the application was launched with EmbeddedPostgresStartup;
		// temporary: the files are deleted when the server stops (tests)
		EmbeddedPostgresStartup.Starting started = starting.getIfAvailable();
		return started != null ? started.join() : EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), temporary);
	}

	@Bean
	HikariDataSource dataSource(@Value("${chitieu.database-url:}") String databaseUrl,
			ObjectProvider<EmbeddedPostgresServer> embedded) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("chitieu");
		dataSource.setJdbcUrl(databaseUrl.isEmpty() ? embedded.getObject().jdbcUrl() : databaseUrl);
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}

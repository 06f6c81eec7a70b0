package org.chitieu.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.zaxxer.hikari.HikariDataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Records the SQL statements that one piece of work runs on the current thread: the tests' pool
 * gets its connections through a JDBC proxy (datasource-proxy) that tells this counter of each
 * execution. A MockMvc request runs on the test's thread, so its statements are exactly the request's.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

	private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof HikariDataSource pool && pool.getDataSource() == null) {
			PGSimpleDataSource driver = new PGSimpleDataSource();
			driver.setURL(pool.getJdbcUrl());
			pool.setDataSource(ProxyDataSourceBuilder.create(driver).listener(new Listener()).build());
		}
		return bean;
	}

	/** The statements {@code work} ran on this thread, in order (a batch counts once). */
	public List<String> statementsOf(Callable<?> work) throws Exception {
		List<String> statements = new ArrayList<>();
		this.recording.set(statements);
		try {
			work.call();
		}
		finally {
			this.recording.remove();
		}
		return statements;
	}

	private final class Listener implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			List<String> statements = StatementCounter.this.recording.get();
			if (statements != null) {
				statements.add(queries.isEmpty() ? "?" : queries.get(0).getQuery().strip().replaceAll("\\s+", " "));
			}
		}

	}

}

package org.chitieu;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application node on the suite's database, as a scale-out deployment runs two: started with
 * the test profile and its own port, without loading the demo again. The caller closes it.
 */
public final class SecondNode {

	private SecondNode() {
	}

	/** Starts a node on the database of {@code firstNode}'s context, with any further arguments. */
	public static ConfigurableApplicationContext start(ApplicationContext firstNode, String... arguments) {
		String url = firstNode.getBean(HikariDataSource.class).getJdbcUrl();
		String[] all = new String[arguments.length + 3];
		all[0] = "--chitieu.database-url=" + url;
		all[1] = "--server.port=0";
		all[2] = "--spring.jmx.enabled=false";
		System.arraycopy(arguments, 0, all, 3, arguments.length);
		return new SpringApplicationBuilder(ChiTieuApplication.class).profiles("test").run(all);
	}

	public static int port(ApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

}

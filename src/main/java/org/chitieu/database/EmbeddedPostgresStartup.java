package org.chitieu.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL (initdb on a first start) on a thread of its own as soon as the
 * settings are known, while Spring builds the rest of the application; the data source waits for it.
 * Without it, the database would start only when the first bean needing it is created.
 */
public class EmbeddedPostgresStartup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		if (!environment.getProperty("chitieu.database-url", "").isEmpty()) {
			return;
		}
		Path directory = Path.of(environment.getRequiredProperty("chitieu.data-dir")).resolve("postgres");
		boolean temporary = environment.getProperty("chitieu.embedded-postgres.temporary", Boolean.class, false);
		Starting starting = new Starting(
				CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(directory, temporary), runnable -> {
					Thread thread = new Thread(runnable, "embedded-postgres-start");
					thread.start();
				}));
		context.getBeanFactory().registerSingleton("embeddedPostgresStarting", starting);
	}

	/** The server being started. */
	record Starting(CompletableFuture<EmbeddedPostgresServer> server) {

		EmbeddedPostgresServer join() {
			return this.server.join();
		}

	}

}

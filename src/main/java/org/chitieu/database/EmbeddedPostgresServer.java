package org.chitieu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL whose files persist in a data directory, for a machine without a database
 * server. Durable (fsync and synchronous commit on), listening on loopback only, and able to
 * start again after the JVM was killed: an orphaned postmaster is stopped first, then PostgreSQL's
 * crash recovery brings the committed rows back.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer start(Path dataDirectory, boolean temporary) {
		Path directory = dataDirectory.toAbsolutePath();
		try {
			Files.createDirectories(directory);
			stopOrphanedPostmaster(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(temporary)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			logger.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * After a kill -9 of the JVM the postmaster is reparented and lives on, holding the data
	 * directory; a new start would time out or silently adopt it. Stop it quickly (SIGINT is
	 * PostgreSQL's fast shutdown), and only if the pid really is a postgres process.
	 */
	private static void stopOrphanedPostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).trim());
		Optional<ProcessHandle> process = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(handle -> handle.info().command().map(command -> command.contains("postgres")).orElse(false));
		if (process.isEmpty()) {
			return;
		}
		logger.warn("Stopping an orphaned PostgreSQL (pid {}) left by a previous run", pid);
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
			process.get().onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			logger.warn("Orphaned PostgreSQL did not stop in time; killing it", ex);
			process.get().destroyForcibly();
		}
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}

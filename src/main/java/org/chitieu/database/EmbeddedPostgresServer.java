package org.chitieu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL whose files persist in a data directory, for a machine without a database
 * server. Durable (fsync and synchronous commit on), listening on loopback only, and able to
 * start again after the JVM was killed: an orphaned postmaster is stopped first, then PostgreSQL's
 * crash recovery brings the committed rows back. Every connection needs a password, generated on
 * the first start (or the first after an upgrade from a data directory without one) and kept beside
 * the database files in {@code postgres-password}, readable by its owner only.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String USER = "postgres";

	/** Password authentication for every connection; written once trust has been used to set the password. */
	private static final String PASSWORD_ONLY = """
			# written by Chỉ Tiêu: every connection needs the password kept in ../postgres-password
			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private final EmbeddedPostgres postgres;

	private final String password;

	private final Path passwordFile;

	private final boolean temporary;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password, Path passwordFile, boolean temporary) {
		this.postgres = postgres;
		this.password = password;
		this.passwordFile = passwordFile;
		this.temporary = temporary;
	}

	static EmbeddedPostgresServer start(Path dataDirectory, boolean temporary) {
		Path directory = dataDirectory.toAbsolutePath();
		try {
			Files.createDirectories(directory);
			stopOrphanedPostmaster(directory);
			Path passwordFile = directory.resolveSibling(directory.getFileName() + "-password");
			String password = password(passwordFile);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(temporary)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setPGStartupWait(Duration.ofSeconds(60))
				.setConnectConfig("password", password)
				.start();
			requirePassword(postgres, directory.resolve("pg_hba.conf"), password);
			logger.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
			return new EmbeddedPostgresServer(postgres, password, passwordFile, temporary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/** The URL with the user and password, for the application's pool and a second node of the same deployment. */
	String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, "postgres") + "&password=" + this.password;
	}

	/** The kept password, or a new random one written readable by its owner only. */
	private static String password(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String password = HexFormat.of().formatHex(bytes);
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
		Files.writeString(file, password, StandardCharsets.UTF_8);
		return password;
	}

	/**
	 * A new data directory, or one from before passwords, trusts every local connection: set the password
	 * while it still does, then require it from every connection from now on.
	 */
	private static void requirePassword(EmbeddedPostgres postgres, Path hba, String password) throws IOException {
		if (Files.readString(hba).equals(PASSWORD_ONLY)) {
			return;
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			// the password is hex, so it needs no quoting beyond the literal's quotes
			statement.execute("alter role " + USER + " password '" + password + "'");
			Files.writeString(hba, PASSWORD_ONLY);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the embedded PostgreSQL's password", ex);
		}
		logger.info("The embedded PostgreSQL now requires the password kept in its data directory");
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
		if (this.temporary) {
			Files.deleteIfExists(this.passwordFile);
		}
	}

}

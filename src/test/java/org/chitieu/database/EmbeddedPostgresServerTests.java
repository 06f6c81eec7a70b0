package org.chitieu.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL survives a kill -9 of the JVM: a second JVM writes a row and is killed,
 * leaving its postmaster orphaned; a new start stops the orphan and finds the committed row. A data
 * directory made before passwords existed gets one on its next start, and keeps its rows.
 */
class EmbeddedPostgresServerTests {

	@TempDir
	Path directory;

	@Test
	void after_the_jvm_is_killed_a_new_start_stops_the_orphan_and_finds_the_committed_rows() throws Exception {
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AbandonedServer.class.getName(), this.directory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = output.readLine();
			}
			while (line != null && !line.equals(AbandonedServer.READY));
			assertThat(line).as("the second JVM wrote its row").isEqualTo(AbandonedServer.READY);
		}
		long orphanPid = Long.parseLong(Files.readAllLines(this.directory.resolve("postmaster.pid")).get(0).trim());
		jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(this.directory, false);
				Connection connection = DriverManager.getConnection(restarted.jdbcUrl());
				Statement statement = connection.createStatement()) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			try (ResultSet rows = statement.executeQuery("select value from figure")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getBigDecimal(1)).isEqualByComparingTo("9087");
			}
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(statement, "listen_addresses")).isEqualTo("127.0.0.1");
		}
	}

	@Test
	void a_data_directory_from_before_passwords_gets_one_kept_for_its_owner_only_and_keeps_its_rows() throws Exception {
		Path data = this.directory.resolve("postgres");
		// as releases before passwords started it: initdb's trust for every local connection, no password kept
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
				Connection connection = old.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table figure (value numeric)");
			statement.execute("insert into figure values (9087)");
		}
		Path passwordFile = this.directory.resolve("postgres-password");
		assertThat(passwordFile).doesNotExist();

		String password;
		try (EmbeddedPostgresServer upgraded = EmbeddedPostgresServer.start(data, false)) {
			String url = upgraded.jdbcUrl();
			assertThat(passwordFile).exists();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
			password = Files.readString(passwordFile).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(32);
			assertThat(url).contains("password=" + password);
			assertThat(committedValue(url)).isEqualByComparingTo("9087");
			String withoutPassword = url.substring(0, url.indexOf("&password="));
			assertThatExceptionOfType(SQLException.class).as("a connection without the password is refused")
				.isThrownBy(() -> DriverManager.getConnection(withoutPassword).close())
				.withMessageContaining("password");
			assertThatExceptionOfType(SQLException.class).as("a wrong password is refused")
				.isThrownBy(() -> DriverManager.getConnection(withoutPassword + "&password=wrong").close());
		}

		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, false)) {
			assertThat(again.jdbcUrl()).as("the next start keeps the same password").endsWith("&password=" + password);
			assertThat(committedValue(again.jdbcUrl())).isEqualByComparingTo("9087");
		}
	}

	private static BigDecimal committedValue(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select value from figure")) {
			assertThat(rows.next()).isTrue();
			return rows.getBigDecimal(1);
		}
	}

	private static String setting(Statement statement, String name) throws Exception {
		try (ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	/** Runs in its own JVM: starts the server, commits a row, says so, and waits to be killed. */
	static final class AbandonedServer {

		static final String READY = "row committed";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), false);
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
					Statement statement = connection.createStatement()) {
				statement.execute("create table figure (value numeric)");
				statement.execute("insert into figure values (9087)");
			}
			System.out.println(READY);
			Thread.sleep(Long.MAX_VALUE);
		}

	}

}

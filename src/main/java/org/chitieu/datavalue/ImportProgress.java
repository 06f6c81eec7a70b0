package org.chitieu.datavalue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far an import has come (its phase and the rows done), under an id its client chose, so that a page
 * shows a progress bar while the import's own request runs. Each report is committed at once on a
 * connection of its own, outside the import's transaction, so every app node sees it; reports older than a
 * day are removed as new imports start.
 */
@Component
class ImportProgress {

	/** A progress id: what a client may choose (a UUID fits). */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	/** While rows are read, a report every this many rows. */
	private static final int EVERY = 10_000;

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	private final Clock clock;

	ImportProgress(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The phases of an import, in order; REFUSED ends one that wrote nothing. */
	enum Phase {
		READING, CHECKING, WRITING, DONE, REFUSED
	}

	/** An import's progress as the page reads it; {@code rowsTotal} is known once the file is read. */
	record Report(String id, Phase phase, int rowsDone, Integer rowsTotal, Instant updatedAt) {
	}

	/** The reports of one import; with no id, reports nothing. */
	Tracker track(String id, String username) {
		if (id == null || id.isBlank()) {
			return new Tracker(null, username);
		}
		if (!ID.matcher(id).matches()) {
			throw new InvalidInputException("datavalue.invalid", InputError.of("progress", "datavalue.progressId"));
		}
		Instant now = this.clock.instant();
		this.separately.executeWithoutResult(status -> this.jdbc.sql("delete from import_progress where updated_at < ?")
			.param(Timestamp.from(now.minus(KEPT)))
			.update());
		return new Tracker(id, username);
	}

	/** The progress of the user's import with that id; 404 for an id of no import of theirs. */
	Report find(String id, String username) {
		return this.jdbc.sql("""
				select id, phase, rows_done, rows_total, updated_at from import_progress where id = ? and username = ?
				""")
			.params(id, username)
			.query(Report.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("datavalue.progressUnknown", id));
	}

	final class Tracker {

		private final String id;

		private final String username;

		private Tracker(String id, String username) {
			this.id = id;
			this.username = username;
		}

		/** Rows read so far: reported every {@link #EVERY} rows. */
		void read(int rows) {
			if (rows % EVERY == 0) {
				report(Phase.READING, rows, null);
			}
		}

		void report(Phase phase, int rowsDone, Integer rowsTotal) {
			if (this.id == null) {
				return;
			}
			Timestamp now = Timestamp.from(ImportProgress.this.clock.instant());
			ImportProgress.this.separately.executeWithoutResult(status -> ImportProgress.this.jdbc.sql("""
					insert into import_progress (id, username, phase, rows_done, rows_total, updated_at)
					values (:id, :username, :phase, :done, :total, :at)
					on conflict (id) do update set phase = excluded.phase, rows_done = excluded.rows_done,
					    rows_total = excluded.rows_total, updated_at = excluded.updated_at
					where import_progress.username = excluded.username
					""")
				.param("id", this.id)
				.param("username", this.username)
				.param("phase", phase.name())
				.param("done", rowsDone)
				.param("total", rowsTotal)
				.param("at", now)
				.update());
		}

	}

}

package org.chitieu.datavalue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;
import org.chitieu.security.AccessPolicy.EntryScope;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An import in the database: its rows copied ({@code COPY}) into a staging table of the transaction,
 * checked against the catalogue, the tree, the user's scope and closed months in one statement, then
 * merged into the figures and their history a few statements at a time, whatever the number of rows.
 * The staging tables are dropped when the transaction ends. Must run inside a transaction.
 */
@Repository
class ImportStaging {

	private static final Logger logger = LoggerFactory.getLogger(ImportStaging.class);

	private static final String CREATE_ROWS = """
			create temp table import_row (
			    row_no           int not null,
			    line             int not null,
			    indicator        text,
			    org_unit         text,
			    period           text,
			    year             int,
			    month            int,
			    value            numeric(24, 6),
			    value_text       text,
			    comment          text,
			    raw_comment      text,
			    comment_too_long boolean not null
			) on commit drop
			""";

	/**
	 * Each row with what it names (indicator, unit, the figure's counted value and revision) and what stops
	 * it: {@code refused} repeats, set-based, the checks of {@link DataValueService#rowErrors} (codes, month,
	 * validity, the column's bounds and the indicator's entry checks, comment) and the duplicate rows;
	 * {@code outside} is the user's scope ({@link EntryScope}); {@code closed} a lock on the unit or a unit
	 * above on this month or a later one of the year; {@code nothing} a deletion of a figure that is not there.
	 */
	private static final String CHECK = """
			create temp table import_figure on commit drop as
			with recursive subtree(id) as (
			    select id from org_unit where id = :root
			    union all
			    select o.id from org_unit o join subtree s on o.parent_id = s.id
			), up(unit_id, ancestor_id) as (
			    select id, id from org_unit where code in (select distinct org_unit from import_row)
			    union all
			    select u.unit_id, o.parent_id from up u join org_unit o on o.id = u.ancestor_id where o.parent_id is not null
			), closed(unit_id, year, month) as (
			    select u.unit_id, l.year, max(l.month) from up u join period_lock l on l.org_unit_id = u.ancestor_id
			    group by u.unit_id, l.year
			), figure as (
			    select r.*, i.id as indicator_id, i.agency_id, o.id as org_unit_id,
			           v.value as counted_value, v.status as counted_status, rv.indicator_id is not null as has_revision,
			           i.id is null or i.kind = 'COMPUTED' or p.indicator_id is not null
			           or o.id is null
			           or r.year is null
			           or (o.valid_from is not null and r.year * 12 + r.month
			                   < extract(year from o.valid_from) * 12 + extract(month from o.valid_from))
			           or (o.valid_to is not null and r.year * 12 + r.month
			                   > extract(year from o.valid_to) * 12 + extract(month from o.valid_to))
			           or (r.value is null and (r.value_text is not null or r.comment is null))
			           or (r.value is not null and i.id is not null and (r.value < 0 and not i.negative_allowed
			               or i.whole_number and r.value <> trunc(r.value)
			               or r.value < i.min_value or r.value > i.max_value))
			           or r.comment_too_long as refused,
			           i.id is not null and o.id is not null and r.year is not null
			           and row_number() over (partition by i.id, o.id, r.year, r.month order by r.row_no) > 1 as duplicate,
			           not (:everywhere or i.agency_id = :agency and o.id in (select id from subtree)) as outside,
			           coalesce(r.month <= c.month, false) as closed,
			           r.value is null and v.value is null and rv.indicator_id is null as nothing
			    from import_row r
			    left join indicator i on i.code = r.indicator
			    left join (select distinct indicator_id from indicator_project_source) p on p.indicator_id = i.id
			    left join org_unit o on o.code = r.org_unit
			    left join closed c on c.unit_id = o.id and c.year = r.year
			    left join data_value v on v.indicator_id = i.id and v.org_unit_id = o.id and v.year = r.year
			                          and v.month = r.month
			    left join data_value_revision rv on rv.indicator_id = i.id and rv.org_unit_id = o.id
			                                    and rv.year = r.year and rv.month = r.month
			)
			select * from figure
			""";

	private static final String STOPPED = """
			select row_no, line, indicator, org_unit, period, value_text, coalesce(raw_comment, comment) as comment,
			       refused or duplicate as refused, duplicate, outside, closed, nothing
			from import_figure where refused or duplicate or outside or closed or nothing order by row_no
			""";

	/** Which counted values the merge changes: all for an approver, first submissions for anyone else. */
	private static final String SUMMARY = """
			select array_agg(distinct indicator_id) filter (where :approves or counted_value is null and value is not null),
			       array_agg(distinct year) filter (where :approves or counted_value is null and value is not null),
			       coalesce(bool_or(has_revision), false), coalesce(bool_or(value is null), false)
			from import_figure
			""";

	private static final String KEY = """
			t.indicator_id = f.indicator_id and t.org_unit_id = f.org_unit_id and t.year = f.year and t.month = f.month
			""";

	/** One line of history per row: the counted value before, the value the row brings, its status, why. */
	private static final String RECORD_HISTORY = """
			insert into data_value_history (indicator_id, org_unit_id, year, month, old_value, new_value, old_status,
			                                new_status, comment, changed_by, changed_at)
			select indicator_id, org_unit_id, year, month, counted_value, value, counted_status, :status, comment, :by, :at
			from import_figure
			""";

	private static final String UPSERT_COUNTED = """
			insert into data_value (indicator_id, org_unit_id, year, month, value, comment, status, updated_by, updated_at)
			select indicator_id, org_unit_id, year, month, value, comment, :status, :by, :at from import_figure
			where value is not null %s
			""" + DataValues.ON_CONFLICT_COUNTED;

	private static final String UPSERT_REVISION = """
			insert into data_value_revision (indicator_id, org_unit_id, year, month, value, comment, status,
			                                 return_reason, updated_by, updated_at)
			select indicator_id, org_unit_id, year, month, value, comment, 'SUBMITTED', null, :by, :at from import_figure
			where counted_value is not null or value is null
			""" + DataValues.ON_CONFLICT_REVISION;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final CacheEviction eviction;

	ImportStaging(JdbcClient jdbc, DataSource dataSource, CacheEviction eviction) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.eviction = eviction;
	}

	/** Creates the staging table and opens a {@code COPY} into it; close the copy before {@link #check}. */
	Copy open() {
		this.jdbc.sql(CREATE_ROWS).update();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			return new Copy(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
					"copy import_row from stdin", 1 << 16));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot copy into the staging table", ex);
		}
	}

	/** Checks every staged row at once; returns the rows stopped by something, in file order. */
	List<Stopped> check(EntryScope scope) {
		this.jdbc.sql(CHECK)
			.param("root", scope.orgUnitId())
			.param("everywhere", scope.everywhere())
			.param("agency", scope.agencyId())
			.update();
		return this.jdbc.sql(STOPPED).query((rs, n) -> new Stopped(rs.getInt("row_no"),
				new ImportedRow("rows[" + rs.getInt("row_no") + "]", rs.getInt("line"), rs.getString("indicator"),
						rs.getString("org_unit"), rs.getString("period"), rs.getString("value_text")),
				rs.getString("comment"), rs.getBoolean("refused"), rs.getBoolean("duplicate"), rs.getBoolean("outside"),
				rs.getBoolean("closed"), rs.getBoolean("nothing"))).list();
	}

	/**
	 * Merges the checked rows as {@link Figure} decides for each: an approver's value counts at once
	 * ({@link Figure#approveDirectly}); anyone else's is a submission, counted at once where the figure has
	 * no counted value yet, else waiting as its revision ({@link Figure#submit}). Returns what changed.
	 */
	FiguresChanged merge(boolean approves, String by, Instant at) {
		this.eviction.changed(CacheTopic.FIGURES);
		Summary summary = this.jdbc.sql(SUMMARY)
			.param("approves", approves)
			.query((rs, n) -> new Summary(ids(rs, 1, Long.class), ids(rs, 2, Integer.class), rs.getBoolean(3),
					rs.getBoolean(4)))
			.single();
		String status = (approves ? DataValueStatus.APPROVED : DataValueStatus.SUBMITTED).name();
		Timestamp when = Timestamp.from(at);
		long start = System.nanoTime();
		this.jdbc.sql(RECORD_HISTORY).param("status", status).param("by", by).param("at", when).update();
		long recorded = System.nanoTime();
		if (approves) {
			if (summary.revisions()) {
				this.jdbc.sql("delete from data_value_revision t using import_figure f where " + KEY).update();
			}
			if (summary.deletions()) {
				this.jdbc.sql("delete from data_value t using import_figure f where f.value is null and " + KEY).update();
			}
			this.jdbc.sql(UPSERT_COUNTED.formatted("")).param("status", status).param("by", by).param("at", when).update();
		}
		else {
			this.jdbc.sql(UPSERT_REVISION).param("by", by).param("at", when).update();
			if (summary.revisions()) {
				this.jdbc.sql("delete from data_value_revision t using import_figure f"
						+ " where f.counted_value is null and f.value is not null and " + KEY).update();
			}
			this.jdbc.sql(UPSERT_COUNTED.formatted("and counted_value is null"))
				.param("status", status)
				.param("by", by)
				.param("at", when)
				.update();
		}
		logger.debug("History of the import in {} ms, its values in {} ms", (recorded - start) / 1_000_000,
				(System.nanoTime() - recorded) / 1_000_000);
		return new FiguresChanged(summary.indicatorIds(), summary.years());
	}

	private static <T> Set<T> ids(ResultSet rs, int column, Class<T> type) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return Set.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(type::cast).collect(Collectors.toSet());
	}

	/** A row that something stops, with what. */
	record Stopped(int rowNo, ImportedRow row, String comment, boolean refused, boolean duplicate, boolean outside,
			boolean closed, boolean nothing) {

		DataValueRow asRow(BigDecimal value) {
			return new DataValueRow(this.row.indicator(), this.row.orgUnit(), this.row.period(), value, this.comment);
		}

	}

	private record Summary(Set<Long> indicatorIds, Set<Integer> years, boolean revisions, boolean deletions) {
	}

	/**
	 * The rows on their way into the staging table, numbered as the file has them: {@code rows[i]} for the
	 * i-th row read, and its line.
	 */
	static final class Copy implements AutoCloseable {

		private final PGCopyOutputStream stream;

		private final Writer out;

		private int rows;

		private Copy(PGCopyOutputStream stream) {
			this.stream = stream;
			this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
		}

		/** Stages a row: its month as read (null: not a month), its value where it fits the column. */
		void add(DataValueRow row, int line, YearMonth month, boolean valueFits) throws IOException {
			String comment = (row.comment() == null || row.comment().isBlank()) ? null : row.comment().strip();
			field(Integer.toString(this.rows++));
			field(Integer.toString(line));
			field(row.indicator());
			field(row.orgUnit());
			field(row.period());
			field(month == null ? null : Integer.toString(month.getYear()));
			field(month == null ? null : Integer.toString(month.getMonthValue()));
			String value = (row.value() == null) ? null : row.value().toPlainString();
			field(valueFits ? value : null);
			field(value);
			field(comment);
			field(Objects.equals(comment, row.comment()) ? null : row.comment());
			this.out.write(row.comment() != null && row.comment().length() > DataValueService.MAX_COMMENT ? "t\n" : "f\n");
		}

		int rows() {
			return this.rows;
		}

		/** One field of COPY's text format: backslash escapes, {@code \N} for null, a tab after it. */
		private void field(String text) throws IOException {
			if (text == null) {
				this.out.write("\\N\t");
				return;
			}
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> this.out.write("\\\\");
					case '\t' -> this.out.write("\\t");
					case '\n' -> this.out.write("\\n");
					case '\r' -> this.out.write("\\r");
					default -> this.out.write(c);
				}
			}
			this.out.write('\t');
		}

		/** Ends the copy; the rows are in the staging table. */
		@Override
		public void close() throws IOException {
			this.out.close();
		}

		/** Abandons the copy after an error, so the connection can roll back. */
		void cancel() {
			try {
				if (this.stream.isActive()) {
					this.stream.cancelCopy();
				}
			}
			catch (SQLException ex) {
				throw new UncheckedIOException(new IOException("cannot cancel the copy", ex));
			}
		}

	}

}

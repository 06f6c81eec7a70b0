package org.chitieu.progress.query;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rollups in PostgreSQL (table {@code figure_rollup}, see V070): one row per boundary, raw
 * indicator, unit and year, its months in two arrays of 12. Written set-based, a slice at a time.
 */
@Repository
class FigureRollups {

	/** The boundary before every other: the tree as it stood before the first change of a unit. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** Rows sent in one statement. */
	private static final int CHUNK = 10_000;

	private static final String READ = """
			select indicator_id, year, to_date, months_summed from figure_rollup
			where boundary = (select coalesce(max(boundary), :earliest) from figure_rollup_boundary where boundary <= :day)
			  and org_unit_id = :unit and year between :year - 1 and :year and indicator_id in (:indicators)
			""";

	private static final String INSERT = """
			insert into figure_rollup (boundary, org_unit_id, year, indicator_id, to_date, months_summed)
			select b::date, u, y, i, t::numeric[], s::numeric[]
			from unnest(?::text[], ?::bigint[], ?::int[], ?::bigint[], ?::text[], ?::text[]) as r(b, u, y, i, t, s)
			""";

	private static final String DELETE_SLICES = """
			delete from figure_rollup where (indicator_id, year) in (select * from unnest(?::bigint[], ?::int[]))
			""";

	private static final String LOCK_SLICES = """
			select count(pg_advisory_xact_lock(i::int, y)) from (
			    select i, y from unnest(?::bigint[], ?::int[]) as s(i, y) order by i, y
			) slices
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final CacheEviction eviction;

	FigureRollups(JdbcClient jdbc, JdbcTemplate template, CacheEviction eviction) {
		this.jdbc = jdbc;
		this.template = template;
		this.eviction = eviction;
	}

	/** The rows of a unit in {@code year} and the year before, on the boundaries the reporting day sees. */
	List<Row> read(LocalDate day, Collection<Long> indicatorIds, long unitId, int year) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(READ)
			.param("earliest", EARLIEST)
			.param("day", day)
			.param("unit", unitId)
			.param("year", year)
			.param("indicators", indicatorIds)
			.query((rs, number) -> new Row(null, rs.getLong("indicator_id"), unitId, rs.getInt("year"),
					months(rs, "to_date"), months(rs, "months_summed")))
			.list();
	}

	/**
	 * Makes writers of the same slices wait for each other, so each computes from what the other
	 * committed, and waits for a rebuild in progress (which waits for them in turn).
	 */
	void lock(List<Slice> slices) {
		this.jdbc.sql("lock table figure_rollup in row exclusive mode").update();
		this.template.query(LOCK_SLICES, (statement) -> bind(statement, slices), (ResultSet rs) -> null);
	}

	/** Holds off every writer of rollups and keeps readers on the rows as they were until commit. */
	void lockAll() {
		this.jdbc.sql("lock table figure_rollup in exclusive mode").update();
	}

	/** Replaces the slices' rows by {@code rows}. */
	void replace(List<Slice> slices, List<Row> rows) {
		this.eviction.changed(CacheTopic.FIGURES);
		this.template.update(DELETE_SLICES, (PreparedStatement statement) -> bind(statement, slices));
		insert(rows);
	}

	/** Replaces every row and the boundaries, and records the rules' version they were built by. */
	void replaceAll(List<LocalDate> boundaries, int version, Instant at) {
		// what is evaluated from the rollups is kept until the figures change (ProgressService)
		this.eviction.changed(CacheTopic.FIGURES);
		this.jdbc.sql("delete from figure_rollup").update();
		this.jdbc.sql("delete from figure_rollup_boundary").update();
		this.template.update("insert into figure_rollup_boundary (boundary) select unnest(?::date[])",
				(PreparedStatement statement) -> statement.setArray(1,
						statement.getConnection().createArrayOf("date", boundaries.toArray())));
		this.jdbc.sql("delete from figure_rollup_state").update();
		this.jdbc.sql("insert into figure_rollup_state (version, built_at) values (?, ?)")
			.params(version, Timestamp.from(at))
			.update();
	}

	void insert(List<Row> rows) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			this.template.update(INSERT, (PreparedStatement statement) -> {
				Connection connection = statement.getConnection();
				statement.setArray(1, array(connection, "text", chunk.stream().map(row -> row.boundary().toString())));
				statement.setArray(2, array(connection, "bigint", chunk.stream().map(Row::unitId)));
				statement.setArray(3, array(connection, "int4", chunk.stream().map(Row::year)));
				statement.setArray(4, array(connection, "bigint", chunk.stream().map(Row::indicatorId)));
				statement.setArray(5, array(connection, "text", chunk.stream().map(row -> literal(row.toDate()))));
				statement.setArray(6, array(connection, "text", chunk.stream().map(row -> literal(row.monthsSummed()))));
			});
		}
	}

	/** The years that have rows of the indicator. */
	List<Integer> years(long indicatorId) {
		return this.jdbc.sql("select distinct year from figure_rollup where indicator_id = ?")
			.param(indicatorId)
			.query(Integer.class)
			.list();
	}

	/** The version of the rules the rollups were built by; empty when they never were. */
	Optional<Integer> version() {
		return this.jdbc.sql("select version from figure_rollup_state").query(Integer.class).optional();
	}

	private static void bind(PreparedStatement statement, List<Slice> slices) throws SQLException {
		Connection connection = statement.getConnection();
		statement.setArray(1, array(connection, "bigint", slices.stream().map(Slice::indicatorId)));
		statement.setArray(2, array(connection, "int4", slices.stream().map(Slice::year)));
	}

	private static Array array(Connection connection, String type, Stream<?> elements)
			throws SQLException {
		return connection.createArrayOf(type, elements.toArray());
	}

	/** A PostgreSQL array literal of 12 months, NULL where there is no value. */
	private static String literal(List<BigDecimal> months) {
		return months.stream()
			.map(value -> (value != null) ? value.toPlainString() : "NULL")
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static List<BigDecimal> months(ResultSet rs, String column) throws SQLException {
		return Arrays.asList((BigDecimal[]) rs.getArray(column).getArray());
	}

	/** The values of a raw indicator in a year, at every unit: what one write recomputes. */
	record Slice(long indicatorId, int year) {
	}

	/** One stored rollup; {@code boundary} is {@code null} as read back for one reporting day. */
	record Row(LocalDate boundary, long indicatorId, long unitId, int year, List<BigDecimal> toDate,
			List<BigDecimal> monthsSummed) {
	}

}

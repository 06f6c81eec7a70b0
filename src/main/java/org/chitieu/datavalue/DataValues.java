package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Figures (their counted values and pending revisions) and their history. Every write goes through
 * {@link #write}, which records the change.
 */
@Repository
public class DataValues {

	/** The unit {@code :unit} and the units above it. */
	private static final String ANCESTORS = """
			with recursive ancestors(id, parent_id) as (
			    select id, parent_id from org_unit where id = :unit
			    union all
			    select o.id, o.parent_id from org_unit o join ancestors a on o.id = a.parent_id
			)
			""";

	/** The unit {@code :unit} and every unit below it. */
	private static final String SUBTREE = """
			with recursive subtree(id) as (
			    select id from org_unit where id = :unit
			    union all
			    select o.id from org_unit o join subtree s on o.parent_id = s.id
			)
			""";

	/*
	 * Columns named as the records' components: the row mapper looks a component up by its own name
	 * first, and each miss costs pgjdbc an exception, per row and component (a third of a second for a
	 * commune's year of figures).
	 */
	private static final String COLUMNS = "indicator_id as indicatorId, org_unit_id as orgUnitId, year, month, value, "
			+ "comment, status";

	private static final String SELECT_COUNTED_VALUE = "select " + COLUMNS
			+ ", null as returnReason, updated_by as updatedBy, updated_at as updatedAt from data_value";

	private static final String SELECT_REVISION = "select " + COLUMNS
			+ ", return_reason as returnReason, updated_by as updatedBy, updated_at as updatedAt from data_value_revision";

	/** A counted value replaces the one of its key: the entry's upsert and the import's. */
	static final String ON_CONFLICT_COUNTED = """
			on conflict (indicator_id, org_unit_id, year, month) do update set value = excluded.value,
			    comment = excluded.comment, status = excluded.status, updated_by = excluded.updated_by,
			    updated_at = excluded.updated_at
			""";

	/** A revision replaces the pending one of its key: the entry's upsert and the import's. */
	static final String ON_CONFLICT_REVISION = """
			on conflict (indicator_id, org_unit_id, year, month) do update set value = excluded.value,
			    comment = excluded.comment, status = excluded.status, return_reason = excluded.return_reason,
			    updated_by = excluded.updated_by, updated_at = excluded.updated_at
			""";

	private static final String UPSERT_COUNTED = """
			insert into data_value (indicator_id, org_unit_id, year, month, value, comment, status, updated_by, updated_at)
			values (:indicator, :unit, :year, :month, :value, :comment, :status, :by, :at)
			""" + ON_CONFLICT_COUNTED;

	private static final String UPSERT_REVISION = """
			insert into data_value_revision (indicator_id, org_unit_id, year, month, value, comment, status,
			                                 return_reason, updated_by, updated_at)
			values (:indicator, :unit, :year, :month, :value, :comment, :status, :reason, :by, :at)
			""" + ON_CONFLICT_REVISION;

	private static final String KEY = " where indicator_id = ? and org_unit_id = ? and year = ? and month = ?";

	private static final String INSERT_CHANGE = """
			insert into data_value_history (indicator_id, org_unit_id, year, month, old_value, new_value, old_status,
			                                new_status, comment, changed_by, changed_at)
			values (:indicator, :unit, :year, :month, :oldValue, :newValue, :oldStatus, :newStatus, :comment, :by, :at)
			""";

	private static final String SELECT_COUNTED = """
			select indicator_id as indicatorId, org_unit_id as orgUnitId, year, month, value from data_value
			where indicator_id in (:indicators) and year between :fromYear and :toYear
			""";

	/** A lock on the unit or a unit above, on this month or a later one of the year, freezes the month. */
	private static final String IS_LOCKED = ANCESTORS + """
						select exists (select 1 from period_lock l join ancestors a on a.id = l.org_unit_id
			               where l.year = :year and l.month >= :month)
			""";

	/** Figures of months 1..M in a unit's subtree that wait for approval. */
	private static final String COUNT_PENDING = SUBTREE + """
						select (select count(*) from data_value_revision r join subtree s on s.id = r.org_unit_id
			        where r.year = :year and r.month <= :month and r.status = 'SUBMITTED')
			     + (select count(*) from data_value v join subtree s on s.id = v.org_unit_id
			        where v.year = :year and v.month <= :month and v.status = 'SUBMITTED'
			          and not exists (select 1 from data_value_revision r where r.indicator_id = v.indicator_id
			                          and r.org_unit_id = v.org_unit_id and r.year = v.year and r.month = v.month))
			""";

	private final JdbcClient jdbc;

	private final CacheEviction eviction;

	DataValues(JdbcClient jdbc, CacheEviction eviction) {
		this.jdbc = jdbc;
		this.eviction = eviction;
	}

	/** The counted value of a figure, if it has one. */
	public Optional<DataValue> find(long indicatorId, long orgUnitId, int year, int month) {
		return this.jdbc.sql(SELECT_COUNTED_VALUE + KEY)
			.params(indicatorId, orgUnitId, year, month)
			.query(DataValue.class)
			.optional();
	}

	Figure figure(long indicatorId, long orgUnitId, int year, int month) {
		return new Figure(find(indicatorId, orgUnitId, year, month).orElse(null),
				this.jdbc.sql(SELECT_REVISION + KEY)
					.params(indicatorId, orgUnitId, year, month)
					.query(DataValue.class)
					.optional()
					.orElse(null));
	}

	/** The counted values of the indicators at one org unit in a year. */
	public List<DataValue> findAll(Collection<Long> indicatorIds, long orgUnitId, int year) {
		return findAll(indicatorIds, List.of(orgUnitId), year);
	}

	/** The counted values of the indicators at the org units in a year, in one statement. */
	public List<DataValue> findAll(Collection<Long> indicatorIds, Collection<Long> orgUnitIds, int year) {
		if (indicatorIds.isEmpty() || orgUnitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT_COUNTED_VALUE + " where indicator_id in (:indicators) and org_unit_id in (:units) and year = :year")
			.param("indicators", indicatorIds)
			.param("units", orgUnitIds)
			.param("year", year)
			.query(DataValue.class)
			.list();
	}

	/**
	 * Each indicator's latest counted value at the unit in the year up to {@code month}: its month and
	 * comment, one row per indicator however many months it has (what a target's explanation reads).
	 */
	public Map<Long, LatestComment> latestComments(Collection<Long> indicatorIds, long orgUnitId, int year, int month) {
		if (indicatorIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, LatestComment> latest = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (indicator_id) indicator_id, month, comment from data_value
				where indicator_id in (:indicators) and org_unit_id = :unit and year = :year and month <= :month
				order by indicator_id, month desc
				""")
			.param("indicators", indicatorIds)
			.param("unit", orgUnitId)
			.param("year", year)
			.param("month", month)
			.query((row, number) -> latest.put(row.getLong("indicator_id"),
					new LatestComment(row.getInt("month"), row.getString("comment"))))
			.list();
		return latest;
	}

	/** The counted values at a unit in a year and the year before: what a new figure is compared with. */
	Map<FigureKey, BigDecimal> countedAround(Collection<Long> indicatorIds, long orgUnitId, int year) {
		Map<FigureKey, BigDecimal> counted = new HashMap<>();
		for (int y = year - 1; y <= year; y++) {
			findAll(indicatorIds, orgUnitId, y).forEach(value -> counted.put(FigureKey.of(value), value.value()));
		}
		return counted;
	}

	/**
	 * The figures (counted value and revision) of the indicators at the units in a year, of one month
	 * or, with {@code month} null, of every month; keyed by {@link FigureKey}.
	 */
	Map<FigureKey, Figure> figures(Collection<Long> indicatorIds, Collection<Long> orgUnitIds, int year,
			Integer month) {
		Map<FigureKey, Figure> figures = new HashMap<>();
		if (indicatorIds.isEmpty() || orgUnitIds.isEmpty()) {
			return figures;
		}
		String where = " where indicator_id in (:indicators) and org_unit_id in (:units) and year = :year"
				+ (month == null ? "" : " and month = :month");
		for (boolean counted : new boolean[] { true, false }) {
			JdbcClient.StatementSpec query = this.jdbc.sql((counted ? SELECT_COUNTED_VALUE : SELECT_REVISION) + where)
				.param("indicators", indicatorIds)
				.param("units", orgUnitIds)
				.param("year", year);
			if (month != null) {
				query = query.param("month", month);
			}
			for (DataValue value : query.query(DataValue.class).list()) {
				figures.merge(FigureKey.of(value), counted ? new Figure(value, null) : new Figure(null, value),
						(a, b) -> new Figure(a.counted() != null ? a.counted() : b.counted(),
								a.revision() != null ? a.revision() : b.revision()));
			}
		}
		return figures;
	}

	/** The figures that wait for approval among the given indicators, in the given units. */
	List<Figure> findAwaitingApproval(Collection<Long> indicatorIds, Collection<Long> orgUnitIds) {
		if (indicatorIds.isEmpty() || orgUnitIds.isEmpty()) {
			return List.of();
		}
		String where = " where status = 'SUBMITTED' and indicator_id in (:indicators) and org_unit_id in (:units)";
		Map<FigureKey, Figure> figures = new HashMap<>();
		for (DataValue value : this.jdbc.sql(SELECT_COUNTED_VALUE + where + " union all " + SELECT_REVISION + where)
			.param("indicators", indicatorIds)
			.param("units", orgUnitIds)
			.query(DataValue.class)
			.list()) {
			FigureKey key = FigureKey.of(value);
			figures.computeIfAbsent(key, k -> figure(k.indicatorId(), k.orgUnitId(), k.year(), k.month()));
		}
		return figures.values()
			.stream()
			.filter(Figure::awaitsApproval)
			.sorted((a, b) -> FigureKey.ORDER.compare(FigureKey.of(a.pending()), FigureKey.of(b.pending())))
			.toList();
	}

	/** The indicators with counted values in the unit's subtree, by month of the year. */
	public Map<Integer, Set<Long>> indicatorsWithFigures(long orgUnitId, int year) {
		Map<Integer, Set<Long>> byMonth = new HashMap<>();
		this.jdbc.sql(SUBTREE + """
								select distinct v.month, v.indicator_id from data_value v join subtree s on s.id = v.org_unit_id
				where v.year = :year
				""").param("unit", orgUnitId).param("year", year).query((row, number) -> {
			byMonth.computeIfAbsent(row.getInt("month"), month -> new HashSet<>()).add(row.getLong("indicator_id"));
			return null;
		}).list();
		return byMonth;
	}

	/** The counted values the progress rules read. */
	public List<CountedValue> findCounted(Collection<Long> indicatorIds, int fromYear, int toYear) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT_COUNTED)
			.param("indicators", indicatorIds)
			.param("fromYear", fromYear)
			.param("toYear", toYear)
			.query(CountedValue.class)
			.list();
	}

	public List<DataValueChange> history(long indicatorId, long orgUnitId, int year) {
		return history(List.of(indicatorId), List.of(orgUnitId), year).getOrDefault(indicatorId, List.of());
	}

	/** The changes of the indicators' figures at the org units in a year, newest first, by indicator id. */
	public Map<Long, List<DataValueChange>> history(Collection<Long> indicatorIds, Collection<Long> orgUnitIds,
			int year) {
		if (indicatorIds.isEmpty() || orgUnitIds.isEmpty()) {
			return Map.of();
		}
		RowMapper<DataValueChange> change = new DataClassRowMapper<>(DataValueChange.class);
		// columns named as the record's components (see COLUMNS)
		Map<Long, List<DataValueChange>> byIndicator = new HashMap<>();
		this.jdbc.sql("""
				select indicator_id, org_unit_id as orgUnitId, year, month, old_value as oldValue, new_value as newValue,
				       old_status as oldStatus, new_status as newStatus, comment, changed_by as changedBy,
				       changed_at as changedAt
				from data_value_history where indicator_id in (:indicators) and org_unit_id in (:units) and year = :year
				order by changed_at desc, id desc
				""").param("indicators", indicatorIds).param("units", orgUnitIds).param("year", year).query((row, number) -> {
			byIndicator.computeIfAbsent(row.getLong("indicator_id"), id -> new ArrayList<>()).add(change.mapRow(row, number));
			return null;
		}).list();
		return byIndicator;
	}

	/** Whether the month is closed for the unit: by a lock on it or a unit above, on it or a later month. */
	public boolean isLocked(long orgUnitId, int year, int month) {
		return this.jdbc.sql(IS_LOCKED)
			.param("unit", orgUnitId)
			.param("year", year)
			.param("month", month)
			.query(Boolean.class)
			.single();
	}

	int countAwaitingApproval(long orgUnitId, int year, int month) {
		return this.jdbc.sql(COUNT_PENDING)
			.param("unit", orgUnitId)
			.param("year", year)
			.param("month", month)
			.query(Integer.class)
			.single();
	}

	/**
	 * Stores what an act left of a figure and appends one line to its history: the counted value before,
	 * the value the act concerns, its new status and the comment or reason.
	 */
	void write(Figure before, Figure after, DataValue act, String why) {
		if (!Objects.equals(before.counted(), after.counted())) {
			// a draft or a revision waiting for approval changes no figure that pages show
			this.eviction.changed(CacheTopic.FIGURES);
		}
		writeSlot(before.counted(), after.counted(), "data_value", UPSERT_COUNTED);
		writeSlot(before.revision(), after.revision(), "data_value_revision", UPSERT_REVISION);
		DataValue old = before.counted();
		this.jdbc.sql(INSERT_CHANGE)
			.param("indicator", act.indicatorId())
			.param("unit", act.orgUnitId())
			.param("year", act.year())
			.param("month", act.month())
			.param("oldValue", old == null ? null : old.value())
			.param("newValue", act.value())
			.param("oldStatus", old == null ? null : old.status().name())
			.param("newStatus", act.status().name())
			.param("comment", why)
			.param("by", act.updatedBy())
			.param("at", Timestamp.from(act.updatedAt()))
			.update();
	}

	private void writeSlot(DataValue before, DataValue after, String table, String upsert) {
		if (Objects.equals(before, after)) {
			return;
		}
		if (after == null) {
			this.jdbc.sql("delete from " + table + KEY)
				.params(before.indicatorId(), before.orgUnitId(), before.year(), before.month())
				.update();
			return;
		}
		this.jdbc.sql(upsert)
			.param("indicator", after.indicatorId())
			.param("unit", after.orgUnitId())
			.param("year", after.year())
			.param("month", after.month())
			.param("value", after.value())
			.param("comment", after.comment())
			.param("status", after.status().name())
			.param("reason", after.returnReason())
			.param("by", after.updatedBy())
			.param("at", Timestamp.from(after.updatedAt()))
			.update();
	}

	/** Removes the value, if any, and records its removal (old value, no new one) in its history. */
	void remove(long indicatorId, long orgUnitId, int year, int month, String by, Instant at) {
		find(indicatorId, orgUnitId, year, month).ifPresent(old -> {
			this.eviction.changed(CacheTopic.FIGURES);
			this.jdbc.sql("delete from data_value where indicator_id = ? and org_unit_id = ? and year = ? and month = ?")
				.params(indicatorId, orgUnitId, year, month)
				.update();
			this.jdbc.sql(INSERT_CHANGE)
				.param("indicator", indicatorId)
				.param("unit", orgUnitId)
				.param("year", year)
				.param("month", month)
				.param("oldValue", old.value())
				.param("newValue", null)
				.param("oldStatus", old.status().name())
				.param("newStatus", old.status().name())
				.param("comment", null)
				.param("by", by)
				.param("at", Timestamp.from(at))
				.update();
		});
	}

	void lock(long orgUnitId, int year, int month, String by, Instant at) {
		this.eviction.changed(CacheTopic.FIGURES);
		this.jdbc.sql("insert into period_lock values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(orgUnitId, year, month, by, Timestamp.from(at))
			.update();
		recordLockEvent(orgUnitId, year, month, "CLOSE", null, by, at);
	}

	boolean unlock(long orgUnitId, int year, int month, String reason, String by, Instant at) {
		this.eviction.changed(CacheTopic.FIGURES);
		boolean reopened = this.jdbc.sql("delete from period_lock where org_unit_id = ? and year = ? and month = ?")
			.params(orgUnitId, year, month)
			.update() > 0;
		if (reopened) {
			recordLockEvent(orgUnitId, year, month, "REOPEN", reason, by, at);
		}
		return reopened;
	}

	private void recordLockEvent(long orgUnitId, int year, int month, String action, String reason, String by,
			Instant at) {
		this.jdbc.sql("""
				insert into period_lock_event (org_unit_id, year, month, action, reason, acted_by, acted_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(orgUnitId, year, month, action, reason, by, Timestamp.from(at)).update();
	}

	/** The lock set on exactly this unit and month, if any (a lock on a unit above holds too: see isLocked). */
	public Optional<PeriodLock> findLock(long orgUnitId, int year, int month) {
		return this.jdbc.sql("select org_unit_id, year, month, locked_by, locked_at from period_lock"
				+ " where org_unit_id = ? and year = ? and month = ?")
			.params(orgUnitId, year, month)
			.query(PeriodLock.class)
			.optional();
	}

	/** The latest month of the year closed for the unit, by a lock on it or a unit above. */
	public Optional<Integer> latestClosedMonth(long orgUnitId, int year) {
		return this.jdbc.sql(ANCESTORS + """
								select max(l.month) from period_lock l join ancestors a on a.id = l.org_unit_id where l.year = :year
				""").param("unit", orgUnitId).param("year", year).query(Integer.class).optional();
	}

	List<PeriodLockEvent> lockEvents(long orgUnitId, int year) {
		return this.jdbc.sql("""
				select org_unit_id, year, month, action, reason, acted_by, acted_at from period_lock_event
				where org_unit_id = ? and year = ? order by acted_at desc, id desc
				""").params(orgUnitId, year).query(PeriodLockEvent.class).list();
	}

	/** The month of an indicator's latest value and its comment, {@code null} when it has none. */
	public record LatestComment(int month, String comment) {
	}

	/** A value as the progress rules read it. */
	public record CountedValue(long indicatorId, long orgUnitId, int year, int month, BigDecimal value) {
	}

}

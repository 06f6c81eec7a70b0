package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data values and their history. Every write goes through {@link #write}, which records the change. */
@Repository
public class DataValues {

	private static final String SELECT_VALUE = """
			select indicator_id, org_unit_id, year, month, value, comment, status, return_reason, updated_by, updated_at
			from data_value
			""";

	private static final String UPSERT_VALUE = """
			insert into data_value (indicator_id, org_unit_id, year, month, value, comment, status, return_reason,
			                        updated_by, updated_at)
			values (:indicator, :unit, :year, :month, :value, :comment, :status, :reason, :by, :at)
			on conflict (indicator_id, org_unit_id, year, month) do update set value = excluded.value,
			    comment = excluded.comment, status = excluded.status, return_reason = excluded.return_reason,
			    updated_by = excluded.updated_by, updated_at = excluded.updated_at
			""";

	private static final String INSERT_CHANGE = """
			insert into data_value_history (indicator_id, org_unit_id, year, month, old_value, new_value, old_status,
			                                new_status, comment, changed_by, changed_at)
			values (:indicator, :unit, :year, :month, :oldValue, :newValue, :oldStatus, :newStatus, :comment, :by, :at)
			""";

	private static final String SELECT_COUNTED = """
			select indicator_id, org_unit_id, year, month, value from data_value
			where indicator_id in (:indicators) and year between :fromYear and :toYear
			  and status in ('SUBMITTED', 'APPROVED')
			""";

	/** The comments on the latest counted values up to a month: what the department says about its figure. */
	private static final String IS_LOCKED = """
			with recursive ancestors(id, parent_id) as (
			    select id, parent_id from org_unit where id = :unit
			    union all
			    select o.id, o.parent_id from org_unit o join ancestors a on o.id = a.parent_id
			)
			select exists (select 1 from period_lock l join ancestors a on a.id = l.org_unit_id
			               where l.year = :year and l.month = :month)
			""";

	private final JdbcClient jdbc;

	DataValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DataValue> find(long indicatorId, long orgUnitId, int year, int month) {
		return this.jdbc.sql(SELECT_VALUE + " where indicator_id = ? and org_unit_id = ? and year = ? and month = ?")
			.params(indicatorId, orgUnitId, year, month)
			.query(DataValue.class)
			.optional();
	}

	/** The values of the indicators at one org unit in a year. */
	public List<DataValue> findAll(Collection<Long> indicatorIds, long orgUnitId, int year) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT_VALUE + " where indicator_id in (:indicators) and org_unit_id = :unit and year = :year")
			.param("indicators", indicatorIds)
			.param("unit", orgUnitId)
			.param("year", year)
			.query(DataValue.class)
			.list();
	}

	/** Values waiting for approval among the given indicators, in the units of the given subtree. */
	public List<DataValue> findSubmitted(Collection<Long> indicatorIds, Collection<Long> orgUnitIds) {
		if (indicatorIds.isEmpty() || orgUnitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT_VALUE + " where status = 'SUBMITTED' and indicator_id in (:indicators) and org_unit_id in (:units)"
					+ " order by year desc, month desc, indicator_id, org_unit_id")
			.param("indicators", indicatorIds)
			.param("units", orgUnitIds)
			.query(DataValue.class)
			.list();
	}

	/** The submitted and approved values the progress rules count. */
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
		return this.jdbc.sql("""
				select org_unit_id, year, month, old_value, new_value, old_status, new_status, comment, changed_by, changed_at
				from data_value_history where indicator_id = ? and org_unit_id = ? and year = ?
				order by changed_at desc, id desc
				""").params(indicatorId, orgUnitId, year).query(DataValueChange.class).list();
	}

	public boolean isLocked(long orgUnitId, int year, int month) {
		return this.jdbc.sql(IS_LOCKED)
			.param("unit", orgUnitId)
			.param("year", year)
			.param("month", month)
			.query(Boolean.class)
			.single();
	}

	/** Writes the value and appends the change to its history. */
	void write(DataValue value) {
		Optional<DataValue> old = find(value.indicatorId(), value.orgUnitId(), value.year(), value.month());
		Timestamp at = Timestamp.from(value.updatedAt());
		this.jdbc.sql(UPSERT_VALUE)
			.param("indicator", value.indicatorId())
			.param("unit", value.orgUnitId())
			.param("year", value.year())
			.param("month", value.month())
			.param("value", value.value())
			.param("comment", value.comment())
			.param("status", value.status().name())
			.param("reason", value.returnReason())
			.param("by", value.updatedBy())
			.param("at", at)
			.update();
		this.jdbc.sql(INSERT_CHANGE)
			.param("indicator", value.indicatorId())
			.param("unit", value.orgUnitId())
			.param("year", value.year())
			.param("month", value.month())
			.param("oldValue", old.map(DataValue::value).orElse(null))
			.param("newValue", value.value())
			.param("oldStatus", old.map(o -> o.status().name()).orElse(null))
			.param("newStatus", value.status().name())
			.param("comment", value.status() == DataValueStatus.RETURNED ? value.returnReason() : value.comment())
			.param("by", value.updatedBy())
			.param("at", at)
			.update();
	}

	/** Removes the value, if any, and records its removal (old value, no new one) in its history. */
	void remove(long indicatorId, long orgUnitId, int year, int month, String by, Instant at) {
		find(indicatorId, orgUnitId, year, month).ifPresent(old -> {
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
		this.jdbc.sql("insert into period_lock values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(orgUnitId, year, month, by, Timestamp.from(at))
			.update();
	}

	int unlock(long orgUnitId, int year, int month) {
		return this.jdbc.sql("delete from period_lock where org_unit_id = ? and year = ? and month = ?")
			.params(orgUnitId, year, month)
			.update();
	}

	/** The lock set on exactly this unit and month, if any (a lock on a unit above holds too: see isLocked). */
	public Optional<PeriodLock> findLock(long orgUnitId, int year, int month) {
		return this.jdbc.sql("select org_unit_id, year, month, locked_by, locked_at from period_lock"
				+ " where org_unit_id = ? and year = ? and month = ?")
			.params(orgUnitId, year, month)
			.query(PeriodLock.class)
			.optional();
	}

	/** A value as the progress rules read it. */
	public record CountedValue(long indicatorId, long orgUnitId, int year, int month, BigDecimal value) {
	}

}

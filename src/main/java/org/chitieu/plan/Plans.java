package org.chitieu.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans and their targets. */
@Repository
public class Plans {

	private static final String SELECT_PLAN = """
			select id, code, org_unit_id, year, resolution, version from plan
			""";

	private static final String SELECT_TARGETS = """
			select t.indicator_id, i.code, t.value, t.schedule, t.planned::text as planned
			from target t join indicator i on i.id = t.indicator_id
			where t.plan_id = ? order by t.sort_order, i.code
			""";

	private static final String UPSERT_PLAN = """
			insert into plan (code, org_unit_id, year, resolution)
			values (:code, (select id from org_unit where code = :orgUnit), :year, :resolution)
			on conflict (code) do update set org_unit_id = excluded.org_unit_id, year = excluded.year,
			    resolution = excluded.resolution, version = plan.version + 1
			returning id
			""";

	private static final String INSERT_TARGET = """
			insert into target (plan_id, indicator_id, value, schedule, planned, sort_order)
			values (:plan, (select id from indicator where code = :indicator), :value, :schedule,
			        cast(:planned as jsonb), :sortOrder)
			""";

	private static final TypeReference<Map<String, BigDecimal>> PLANNED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Plan> find(long orgUnitId, int year) {
		return this.jdbc.sql(SELECT_PLAN + " where org_unit_id = ? and year = ?")
			.params(orgUnitId, year)
			.query((rs, row) -> rs.getLong("id"))
			.optional()
			.map(this::load);
	}

	public List<Plan> findAll() {
		return this.jdbc.sql("select id from plan order by year desc, code")
			.query(Long.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	private Plan load(long id) {
		List<Target> targets = this.jdbc.sql(SELECT_TARGETS)
			.param(id)
			.query((rs, row) -> new Target(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getString(4) == null ? null : Schedule.valueOf(rs.getString(4)), planned(rs.getString(5))))
			.list();
		return this.jdbc.sql(SELECT_PLAN + " where id = ?")
			.param(id)
			.query((rs, row) -> new Plan(rs.getLong("id"), rs.getString("code"), rs.getLong("org_unit_id"),
					rs.getInt("year"), rs.getString("resolution"), rs.getInt("version"), targets))
			.single();
	}

	/** Creates the plan or replaces its targets, raising its version. */
	public void save(String code, String orgUnitCode, int year, String resolution, List<TargetDefinition> targets) {
		long planId = this.jdbc.sql(UPSERT_PLAN)
			.param("code", code)
			.param("orgUnit", orgUnitCode)
			.param("year", year)
			.param("resolution", resolution)
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from target where plan_id = ?").param(planId).update();
		int order = 0;
		for (TargetDefinition target : targets) {
			this.jdbc.sql(INSERT_TARGET)
				.param("plan", planId)
				.param("indicator", target.indicator())
				.param("value", target.value())
				.param("schedule", target.schedule() == null ? null : target.schedule().name())
				.param("planned", target.planned() == null || target.planned().isEmpty() ? null
						: this.json.writeValueAsString(target.planned()))
				.param("sortOrder", order++)
				.update();
		}
	}

	private SortedMap<Integer, BigDecimal> planned(String text) {
		if (text == null) {
			return null;
		}
		SortedMap<Integer, BigDecimal> byMonth = new TreeMap<>();
		this.json.readValue(text, PLANNED).forEach((month, value) -> byMonth.put(YearMonth.parse(month).getMonthValue(), value));
		return byMonth;
	}

	/** A target as written in a metadata document: indicator by code, planned months as "YYYY-MM". */
	public record TargetDefinition(String indicator, BigDecimal value, Schedule schedule,
			Map<String, BigDecimal> planned) {
	}

}

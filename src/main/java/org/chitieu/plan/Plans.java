package org.chitieu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans, their versions and targets. Every read returns one version: the current one (the newest
 * issued), the one in force at a month, or all of them.
 */
@Repository
public class Plans {

	private static final String SELECT_VERSION = """
			select v.id as version_id, p.id, p.code, p.org_unit_id, p.year, v.resolution, v.version,
			       v.effective_from, v.status = 'ISSUED' as issued
			from plan p join plan_version v on v.plan_id = p.id
			""";

	private static final String NEWEST_ISSUED = """
			 and v.status = 'ISSUED' order by v.version desc limit 1
			""";

	private static final String SELECT_TARGETS = """
			select t.indicator_id, i.code, t.value, t.schedule, t.planned::text as planned
			from target t join indicator i on i.id = t.indicator_id
			where t.plan_version_id = ? order by t.sort_order, i.code
			""";

	private static final String INSERT_PLAN = """
			insert into plan (code, org_unit_id, year, resolution, version)
			values (:code, (select id from org_unit where code = :orgUnit), :year, :resolution, 1)
			returning id
			""";

	private static final String INSERT_VERSION = """
			insert into plan_version (plan_id, version, resolution, effective_from, status)
			values (:plan, :version, :resolution, :effectiveFrom, :status)
			returning id
			""";

	/** The plan row names its current version, as before versions had a table of their own. */
	private static final String MARK_CURRENT = """
			update plan p set resolution = v.resolution, version = v.version
			from plan_version v
			where p.id = :plan and v.id = (select id from plan_version where plan_id = :plan and status = 'ISSUED'
			                               order by version desc limit 1)
			""";

	private static final String INSERT_TARGET = """
			insert into target (plan_id, plan_version_id, indicator_id, value, schedule, planned, sort_order)
			values (:plan, :version, (select id from indicator where code = :indicator), :value, :schedule,
			        cast(:planned as jsonb), :sortOrder)
			""";

	private static final TypeReference<Map<String, BigDecimal>> PLANNED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current plan of the unit and year: its newest issued version. */
	public Optional<Plan> find(long orgUnitId, int year) {
		return one(SELECT_VERSION + " where p.org_unit_id = ? and p.year = ?" + NEWEST_ISSUED, orgUnitId, year);
	}

	/**
	 * The version in force at the end of {@code month}: the newest issued version whose effective date
	 * is on or before the month's last day (before the first version's date, the first version).
	 * Progress at month m is judged by it.
	 */
	public Optional<Plan> inForce(long orgUnitId, YearMonth month) {
		return one(SELECT_VERSION + """
				 where p.org_unit_id = ? and p.year = ? and v.status = 'ISSUED'
				 order by case when v.effective_from is null or v.effective_from <= ? then v.version
				               else -v.version end desc
				 limit 1
				""", orgUnitId, month.getYear(), month.atEndOfMonth());
	}

	public Optional<Plan> findByCode(String code) {
		return one(SELECT_VERSION + " where p.code = ?" + NEWEST_ISSUED, code);
	}

	/** The plan's unit and year, whether or not a version of it is issued yet. */
	public Optional<PlanKey> key(String code) {
		return this.jdbc.sql("select id, code, org_unit_id, year from plan where code = ?")
			.param(code)
			.query(PlanKey.class)
			.optional();
	}

	/** The code of the plan of a unit and year, whatever its versions. */
	public Optional<String> codeOf(long orgUnitId, int year) {
		return this.jdbc.sql("select code from plan where org_unit_id = ? and year = ?")
			.params(orgUnitId, year)
			.query(String.class)
			.optional();
	}

	/** The current version of every plan that has one issued, newest year first. */
	public List<Plan> findAll() {
		return this.jdbc.sql("""
				select distinct on (p.year, p.code) v.id from plan p join plan_version v on v.plan_id = p.id
				where v.status = 'ISSUED' order by p.year desc, p.code, v.version desc
				""").query(Long.class).list().stream().map(this::load).toList();
	}

	/** Every version of the plan, the first first, drafts included. */
	public List<Plan> versions(String code) {
		return this.jdbc.sql("select v.id from plan p join plan_version v on v.plan_id = p.id where p.code = ? "
				+ "order by v.version")
			.param(code)
			.query(Long.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	private Optional<Plan> one(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query((rs, row) -> rs.getLong("version_id")).optional().map(this::load);
	}

	private Plan load(long versionId) {
		List<Target> targets = this.jdbc.sql(SELECT_TARGETS)
			.param(versionId)
			.query((rs, row) -> new Target(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getString(4) == null ? null : Schedule.valueOf(rs.getString(4)), planned(rs.getString(5))))
			.list();
		return this.jdbc.sql(SELECT_VERSION + " where v.id = ?")
			.param(versionId)
			.query((rs, row) -> new Plan(rs.getLong("id"), rs.getString("code"), rs.getLong("org_unit_id"),
					rs.getInt("year"), rs.getString("resolution"), rs.getInt("version"), targets,
					rs.getObject("effective_from", LocalDate.class), rs.getBoolean("issued")))
			.single();
	}

	/**
	 * Saves a plan as a metadata document posts it: a new code creates the plan; the resolution of its
	 * newest version replaces that version's targets (a correction, unchanged when posted again); a new
	 * resolution issues the next version from {@code effectiveFrom}, leaving every earlier one as it was.
	 * The caller has checked the document ({@link #revisionProblem}).
	 */
	public Saved save(String code, String orgUnitCode, int year, String resolution, LocalDate effectiveFrom,
			List<TargetDefinition> targets) {
		Optional<PlanKey> existing = key(code);
		if (existing.isEmpty()) {
			long planId = this.jdbc.sql(INSERT_PLAN)
				.param("code", code)
				.param("orgUnit", orgUnitCode)
				.param("year", year)
				.param("resolution", resolution)
				.query(Long.class)
				.single();
			long versionId = insertVersion(planId, 1, resolution, effectiveFrom, true);
			insertTargets(planId, versionId, targets);
			return Saved.CREATED;
		}
		long planId = existing.get().id();
		Optional<Plan> newest = findByCode(code);
		Optional<Plan> sameResolution = versions(code).stream()
			.filter(version -> version.issued() && Objects.equals(version.resolution(), resolution))
			.reduce((first, second) -> second);
		if (sameResolution.isPresent()) {
			Plan version = sameResolution.get();
			if (sameTargets(version, targets)) {
				return Saved.UNCHANGED;
			}
			long versionId = versionId(planId, version.version());
			this.jdbc.sql("delete from target where plan_version_id = ?").param(versionId).update();
			insertTargets(planId, versionId, targets);
			return Saved.CORRECTED;
		}
		int next = newest.map(Plan::version).orElse(0) + 1;
		long versionId = insertVersion(planId, next, resolution, effectiveFrom, true);
		insertTargets(planId, versionId, targets);
		return Saved.REVISED;
	}

	/**
	 * Why posting this plan would not be a valid save, as a message key, or empty. A second plan for a
	 * unit and year is refused; a new resolution needs an effective date in the plan's year, after the
	 * newest version's; only the newest version may be corrected.
	 */
	public Optional<String> revisionProblem(String code, long orgUnitId, int year, String resolution,
			LocalDate effectiveFrom, List<TargetDefinition> targets) {
		Optional<String> other = codeOf(orgUnitId, year).filter(existing -> !existing.equals(code));
		if (other.isPresent()) {
			return Optional.of("plan.secondForYear");
		}
		Optional<PlanKey> key = key(code);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		if (key.get().orgUnitId() != orgUnitId || key.get().year() != year) {
			return Optional.of("plan.moved");
		}
		List<Plan> issued = versions(code).stream().filter(Plan::issued).toList();
		if (issued.isEmpty()) {
			return Optional.of("plan.draftOnly");
		}
		Plan newest = issued.get(issued.size() - 1);
		Optional<Plan> same = issued.stream().filter(v -> Objects.equals(v.resolution(), resolution)).findFirst();
		if (same.isPresent()) {
			return same.get() != newest && !sameTargets(same.get(), targets) ? Optional.of("plan.superseded")
					: Optional.empty();
		}
		if (effectiveFrom == null) {
			return Optional.of("plan.effectiveFromRequired");
		}
		LocalDate after = newest.effectiveFrom() == null ? LocalDate.of(year, 1, 1) : newest.effectiveFrom();
		if (effectiveFrom.getYear() != year || !effectiveFrom.isAfter(after)) {
			return Optional.of("plan.effectiveFromOrder");
		}
		return Optional.empty();
	}

	/**
	 * Next year's plan of the unit as a draft: this plan's current targets copied, CUSTOM points moved to
	 * the next year. Returns the new plan's code; an existing plan for that year is left alone.
	 */
	public String prepareNextYear(Plan current, String orgUnitCode) {
		int year = current.year() + 1;
		Optional<String> existing = codeOf(current.orgUnitId(), year);
		if (existing.isPresent()) {
			return existing.get();
		}
		String code = nextCode(current.code(), current.year(), year);
		long planId = this.jdbc.sql(INSERT_PLAN)
			.param("code", code)
			.param("orgUnit", orgUnitCode)
			.param("year", year)
			.param("resolution", null)
			.query(Long.class)
			.single();
		long versionId = insertVersion(planId, 1, null, null, false);
		insertTargets(planId, versionId, current.targets().stream().map(target -> definition(target, year)).toList());
		return code;
	}

	/** Replaces the targets of the plan's draft version. */
	public void saveDraft(String code, List<TargetDefinition> targets) {
		DraftKey draft = draft(code);
		this.jdbc.sql("delete from target where plan_version_id = ?").param(draft.versionId()).update();
		insertTargets(draft.planId(), draft.versionId(), targets);
	}

	/** Issues the plan's draft under its resolution: from then on it is the plan in force. */
	public void issueDraft(String code, String resolution, LocalDate effectiveFrom) {
		DraftKey draft = draft(code);
		this.jdbc.sql("update plan_version set status = 'ISSUED', resolution = ?, effective_from = ? where id = ?")
			.params(resolution, effectiveFrom, draft.versionId())
			.update();
		this.jdbc.sql(MARK_CURRENT).param("plan", draft.planId()).update();
	}

	/** The draft version of the plan, if it has one. */
	public Optional<Plan> findDraft(String code) {
		return this.jdbc.sql("select v.id from plan p join plan_version v on v.plan_id = p.id "
				+ "where p.code = ? and v.status = 'DRAFT'")
			.param(code)
			.query(Long.class)
			.optional()
			.map(this::load);
	}

	/** Every plan with a draft version, the drafts themselves. */
	public List<Plan> findDrafts() {
		return this.jdbc.sql("select v.id from plan p join plan_version v on v.plan_id = p.id "
				+ "where v.status = 'DRAFT' order by p.year desc, p.code")
			.query(Long.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	private DraftKey draft(String code) {
		return this.jdbc.sql("select p.id, v.id from plan p join plan_version v on v.plan_id = p.id "
				+ "where p.code = ? and v.status = 'DRAFT'")
			.param(code)
			.query((rs, row) -> new DraftKey(rs.getLong(1), rs.getLong(2)))
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("no draft of plan " + code));
	}

	private long insertVersion(long planId, int version, String resolution, LocalDate effectiveFrom, boolean issued) {
		long id = this.jdbc.sql(INSERT_VERSION)
			.param("plan", planId)
			.param("version", version)
			.param("resolution", resolution)
			.param("effectiveFrom", effectiveFrom)
			.param("status", issued ? "ISSUED" : "DRAFT")
			.query(Long.class)
			.single();
		this.jdbc.sql(MARK_CURRENT).param("plan", planId).update();
		return id;
	}

	private long versionId(long planId, int version) {
		return this.jdbc.sql("select id from plan_version where plan_id = ? and version = ?")
			.params(planId, version)
			.query(Long.class)
			.single();
	}

	private void insertTargets(long planId, long versionId, List<TargetDefinition> targets) {
		int order = 0;
		for (TargetDefinition target : targets) {
			this.jdbc.sql(INSERT_TARGET)
				.param("plan", planId)
				.param("version", versionId)
				.param("indicator", target.indicator())
				.param("value", target.value())
				.param("schedule", target.schedule() == null ? null : target.schedule().name())
				.param("planned", target.planned() == null || target.planned().isEmpty() ? null
						: this.json.writeValueAsString(new TreeMap<>(target.planned())))
				.param("sortOrder", order++)
				.update();
		}
	}

	private static boolean sameTargets(Plan version, List<TargetDefinition> targets) {
		List<TargetDefinition> stored = version.targets().stream().map(target -> definition(target, version.year())).toList();
		if (stored.size() != targets.size()) {
			return false;
		}
		for (int i = 0; i < targets.size(); i++) {
			if (!same(stored.get(i), targets.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean same(TargetDefinition a, TargetDefinition b) {
		return a.indicator().equals(b.indicator()) && a.value().compareTo(b.value()) == 0
				&& a.schedule() == b.schedule() && samePlanned(a.planned(), b.planned());
	}

	private static boolean samePlanned(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
		Map<String, BigDecimal> left = a == null ? Map.of() : a;
		Map<String, BigDecimal> right = b == null ? Map.of() : b;
		return left.size() == right.size() && left.entrySet()
			.stream()
			.allMatch(e -> right.get(e.getKey()) != null && right.get(e.getKey()).compareTo(e.getValue()) == 0);
	}

	/** A stored target as a metadata document writes it, its CUSTOM points in {@code year}. */
	public static TargetDefinition definition(Target target, int year) {
		Map<String, BigDecimal> planned = null;
		if (target.planned() != null) {
			planned = new TreeMap<>();
			for (Map.Entry<Integer, BigDecimal> point : target.planned().entrySet()) {
				planned.put(YearMonth.of(year, point.getKey()).toString(), point.getValue());
			}
		}
		return new TargetDefinition(target.indicatorCode(), target.value(), target.schedule(), planned);
	}

	/** "CD-2024" becomes "CD-2025"; a code without the year gets it appended. */
	static String nextCode(String code, int year, int nextYear) {
		String yearText = String.valueOf(year);
		int at = code.lastIndexOf(yearText);
		return at >= 0 ? code.substring(0, at) + nextYear + code.substring(at + yearText.length())
				: code + "-" + nextYear;
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

	/** A plan's identity: its unit and year. */
	public record PlanKey(long id, String code, long orgUnitId, int year) {
	}

	/** What a save did. */
	public enum Saved {
		CREATED, CORRECTED, REVISED, UNCHANGED
	}

	private record DraftKey(long planId, long versionId) {
	}

}

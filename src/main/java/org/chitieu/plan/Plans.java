package org.chitieu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;
import org.chitieu.database.TopicCache;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans, their versions and targets. Every read returns one version: the current one (the newest
 * issued), the one in force at a month, or all of them. Reads are answered from a snapshot of every
 * plan's versions (two statements when first needed; a version's targets in one more when first
 * asked for), emptied whenever the catalogue changes.
 */
@Repository
public class Plans {

	/** Every version, in the order the reads give them: newest year first, then by code, then the first first. */
	private static final String SELECT_VERSIONS = """
			select v.id as version_id, p.id, p.code, p.org_unit_id, p.year, v.resolution, v.version,
			       v.effective_from, v.status = 'ISSUED' as issued
			from plan p join plan_version v on v.plan_id = p.id
			order by p.year desc, p.code, v.version
			""";

	private static final String SELECT_TARGETS = """
			select t.plan_version_id, t.indicator_id, i.code, t.value, t.schedule, t.planned::text as planned
			from target t join indicator i on i.id = t.indicator_id
			where t.plan_version_id in (:versions) order by t.plan_version_id, t.sort_order, i.code
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

	private final CacheEviction eviction;

	private final TopicCache<PlanBook> book;

	private final JsonMapper json = JsonMapper.builder().build();

	Plans(JdbcClient jdbc, CacheEviction eviction) {
		this.jdbc = jdbc;
		this.eviction = eviction;
		this.book = eviction.cache(CacheTopic.CATALOGUE, this::load);
	}

	/** The current plan of the unit and year: its newest issued version. */
	public Optional<Plan> find(long orgUnitId, int year) {
		return newest(version -> version.orgUnitId() == orgUnitId && version.year() == year);
	}

	/**
	 * The version in force at the end of {@code month}: the newest issued version whose effective date
	 * is on or before the month's last day (before the first version's date, the first version).
	 * Progress at month m is judged by it.
	 */
	public Optional<Plan> inForce(long orgUnitId, YearMonth month) {
		LocalDate end = month.atEndOfMonth();
		PlanBook book = this.book.get();
		return book.versions()
			.stream()
			.filter(version -> version.issued() && version.orgUnitId() == orgUnitId && version.year() == month.getYear())
			.max(Comparator.comparingInt((Version version) -> version.effectiveFrom() == null
					|| !version.effectiveFrom().isAfter(end) ? version.version() : -version.version()))
			.map(version -> plan(book, version));
	}

	public Optional<Plan> findByCode(String code) {
		return newest(version -> version.code().equals(code));
	}

	/** The plan's unit and year, whether or not a version of it is issued yet. */
	public Optional<PlanKey> key(String code) {
		return this.book.get().keys().stream().filter(key -> key.code().equals(code)).findFirst();
	}

	/** The code of the plan of a unit and year, whatever its versions. */
	public Optional<String> codeOf(long orgUnitId, int year) {
		return this.book.get()
			.keys()
			.stream()
			.filter(key -> key.orgUnitId() == orgUnitId && key.year() == year)
			.map(PlanKey::code)
			.findFirst();
	}

	/** The current version of every plan that has one issued, newest year first. */
	public List<Plan> findAll() {
		PlanBook book = this.book.get();
		Map<Long, Version> current = new LinkedHashMap<>();
		book.versions().stream().filter(Version::issued).forEach(version -> current.put(version.planId(), version));
		return plans(book, current.values());
	}

	/** Every version of the plan, the first first, drafts included. */
	public List<Plan> versions(String code) {
		PlanBook book = this.book.get();
		return plans(book, book.versions().stream().filter(version -> version.code().equals(code)).toList());
	}

	/** The draft version of the plan, if it has one. */
	public Optional<Plan> findDraft(String code) {
		PlanBook book = this.book.get();
		return book.versions()
			.stream()
			.filter(version -> !version.issued() && version.code().equals(code))
			.findFirst()
			.map(version -> plan(book, version));
	}

	/** Every plan with a draft version, the drafts themselves. */
	public List<Plan> findDrafts() {
		PlanBook book = this.book.get();
		return plans(book, book.versions().stream().filter(version -> !version.issued()).toList());
	}

	private Optional<Plan> newest(Predicate<Version> of) {
		PlanBook book = this.book.get();
		return book.versions()
			.stream()
			.filter(version -> version.issued() && of.test(version))
			.max(Comparator.comparingInt(Version::version))
			.map(version -> plan(book, version));
	}

	private Plan plan(PlanBook book, Version version) {
		return plans(book, List.of(version)).get(0);
	}

	/** The versions as plans with their targets, reading the targets not read yet in one statement. */
	private List<Plan> plans(PlanBook book, Collection<Version> versions) {
		List<Long> missing = versions.stream()
			.map(Version::id)
			.filter(id -> !book.targets().containsKey(id))
			.distinct()
			.toList();
		if (!missing.isEmpty()) {
			Map<Long, List<Target>> read = new HashMap<>();
			missing.forEach(id -> read.put(id, new ArrayList<>()));
			this.jdbc.sql(SELECT_TARGETS).param("versions", missing).query((rs, row) -> {
				read.get(rs.getLong(1))
					.add(new Target(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
							rs.getString(5) == null ? null : Schedule.valueOf(rs.getString(5)), planned(rs.getString(6))));
				return row;
			}).list();
			read.forEach((id, targets) -> book.targets().putIfAbsent(id, List.copyOf(targets)));
		}
		return versions.stream()
			.map(version -> new Plan(version.planId(), version.code(), version.orgUnitId(), version.year(),
					version.resolution(), version.version(), book.targets().get(version.id()), version.effectiveFrom(),
					version.issued()))
			.toList();
	}

	/** Every plan and the heads of its versions; a version's targets are read when first asked for. */
	private PlanBook load() {
		List<PlanKey> keys = this.jdbc.sql("select id, code, org_unit_id, year from plan order by year desc, code")
			.query(PlanKey.class)
			.list();
		List<Version> versions = this.jdbc.sql(SELECT_VERSIONS)
			.query((rs, row) -> new Version(rs.getLong("version_id"), rs.getLong("id"), rs.getString("code"),
					rs.getLong("org_unit_id"), rs.getInt("year"), rs.getString("resolution"), rs.getInt("version"),
					rs.getObject("effective_from", LocalDate.class), rs.getBoolean("issued")))
			.list();
		return new PlanBook(List.copyOf(keys), List.copyOf(versions), new ConcurrentHashMap<>());
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
		this.eviction.changed(CacheTopic.CATALOGUE);
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
		this.eviction.changed(CacheTopic.CATALOGUE);
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

	/** The head of one version of a plan. */
	private record Version(long id, long planId, String code, long orgUnitId, int year, String resolution,
			int version, LocalDate effectiveFrom, boolean issued) {
	}

	/** Every plan and version; targets by version id, filled in as they are read. */
	private record PlanBook(List<PlanKey> keys, List<Version> versions, Map<Long, List<Target>> targets) {
	}

}

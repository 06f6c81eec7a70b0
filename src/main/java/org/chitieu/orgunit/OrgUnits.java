package org.chitieu.orgunit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;
import org.chitieu.database.TopicCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The administrative tree, its successions and the agencies of each unit. Reads are answered from a
 * snapshot of all three (three statements when first needed), emptied whenever the tree changes.
 */
@Repository
public class OrgUnits {

	private static final String SELECT_UNIT = """
			select id, code, name, type, parent_id, valid_from, valid_to from org_unit
			""";

	private static final String UPSERT_UNIT = """
			insert into org_unit (code, name, type, parent_id, valid_from, valid_to)
			values (:code, :name, :type, (select id from org_unit where code = :parent), :validFrom, :validTo)
			on conflict (code) do update set name = excluded.name, type = excluded.type,
			    parent_id = excluded.parent_id, valid_from = excluded.valid_from, valid_to = excluded.valid_to
			""";

	private static final String UPSERT_SUCCESSION = """
			insert into succession (from_unit_id, to_unit_id, weight, effective_date)
			values ((select id from org_unit where code = :from), (select id from org_unit where code = :to), :weight, :date)
			on conflict (from_unit_id, to_unit_id) do update set weight = excluded.weight, effective_date = excluded.effective_date
			""";

	private static final String UPSERT_AGENCY = """
			insert into agency (code, name, org_unit_id) values (:code, :name, (select id from org_unit where code = :orgUnit))
			on conflict (code) do update set name = excluded.name, org_unit_id = excluded.org_unit_id
			""";

	private final JdbcClient jdbc;

	private final CacheEviction eviction;

	private final TopicCache<Tree> tree;

	OrgUnits(JdbcClient jdbc, CacheEviction eviction) {
		this.jdbc = jdbc;
		this.eviction = eviction;
		this.tree = eviction.cache(CacheTopic.TREE, this::load);
	}

	/** Every unit, in code order. */
	public List<OrgUnit> findAll() {
		return this.tree.get().units();
	}

	public Optional<OrgUnit> findByCode(String code) {
		return Optional.ofNullable(this.tree.get().byCode().get(code));
	}

	public Optional<OrgUnit> findById(long id) {
		return Optional.ofNullable(this.tree.get().byId().get(id));
	}

	/** The unit and every unit below it, in code order. */
	public List<OrgUnit> subtree(long rootId) {
		Tree tree = this.tree.get();
		Set<Long> within = new HashSet<>();
		List<Long> next = tree.byId().containsKey(rootId) ? List.of(rootId) : List.of();
		while (!next.isEmpty()) {
			next = next.stream()
				.filter(within::add)
				.flatMap(id -> tree.children().getOrDefault(id, List.of()).stream())
				.toList();
		}
		return tree.units().stream().filter(unit -> within.contains(unit.id())).toList();
	}

	/** Whether {@code unitId} is {@code ancestorId} or lies below it. */
	public boolean isWithin(long unitId, long ancestorId) {
		Map<Long, OrgUnit> byId = this.tree.get().byId();
		Set<Long> seen = new HashSet<>();
		for (OrgUnit unit = byId.get(unitId); unit != null && seen.add(unit.id());
				unit = unit.parentId() == null ? null : byId.get(unit.parentId())) {
			if (unit.id() == ancestorId) {
				return true;
			}
		}
		return false;
	}

	public List<Succession> findSuccessions() {
		return this.tree.get().successions();
	}

	/** The units whose territory passed to {@code unitId}, in code order. */
	public List<OrgUnit> predecessors(long unitId) {
		Tree tree = this.tree.get();
		Set<Long> from = tree.successions()
			.stream()
			.filter(succession -> succession.toId() == unitId)
			.map(Succession::fromId)
			.collect(Collectors.toSet());
		return tree.units().stream().filter(unit -> from.contains(unit.id())).toList();
	}

	public List<Agency> findAgencies() {
		return this.tree.get().agencies();
	}

	public Optional<Agency> findAgencyById(long id) {
		return this.tree.get().agencies().stream().filter(agency -> agency.id() == id).findFirst();
	}

	public void saveUnit(String code, String name, OrgUnitType type, String parentCode, LocalDate validFrom,
			LocalDate validTo) {
		this.jdbc.sql(UPSERT_UNIT)
			.param("code", code)
			.param("name", name)
			.param("type", type.name())
			.param("parent", parentCode)
			.param("validFrom", validFrom)
			.param("validTo", validTo)
			.update();
		this.eviction.changed(CacheTopic.TREE);
	}

	public void saveSuccession(String fromCode, String toCode, BigDecimal weight, LocalDate date) {
		this.jdbc.sql(UPSERT_SUCCESSION)
			.param("from", fromCode)
			.param("to", toCode)
			.param("weight", weight)
			.param("date", date)
			.update();
		this.eviction.changed(CacheTopic.TREE);
	}

	public void saveAgency(String code, String name, String orgUnitCode) {
		this.jdbc.sql(UPSERT_AGENCY).param("code", code).param("name", name).param("orgUnit", orgUnitCode).update();
		this.eviction.changed(CacheTopic.TREE);
	}

	/** Moves the agencies of one unit to another; returns how many moved. */
	int moveAgencies(long fromUnitId, long toUnitId) {
		int moved = this.jdbc.sql("update agency set org_unit_id = :to where org_unit_id = :from")
			.param("from", fromUnitId)
			.param("to", toUnitId)
			.update();
		this.eviction.changed(CacheTopic.TREE);
		return moved;
	}

	private Tree load() {
		List<OrgUnit> units = this.jdbc.sql(SELECT_UNIT + " order by code").query(OrgUnit.class).list();
		List<Succession> successions = this.jdbc
			.sql("select from_unit_id as from_id, to_unit_id as to_id, weight, effective_date as date from succession order by id")
			.query(Succession.class)
			.list();
		List<Agency> agencies = this.jdbc.sql("select id, code, name, org_unit_id from agency order by code")
			.query(Agency.class)
			.list();
		return new Tree(units, units.stream().collect(Collectors.toUnmodifiableMap(OrgUnit::id, Function.identity())),
				units.stream().collect(Collectors.toUnmodifiableMap(OrgUnit::code, Function.identity())),
				units.stream()
					.filter(unit -> unit.parentId() != null)
					.collect(Collectors.groupingBy(OrgUnit::parentId, Collectors.mapping(OrgUnit::id, Collectors.toList()))),
				successions, agencies);
	}

	/** The whole tree as one snapshot, its lists in the order the database gives them (by code; successions as entered). */
	private record Tree(List<OrgUnit> units, Map<Long, OrgUnit> byId, Map<String, OrgUnit> byCode,
			Map<Long, List<Long>> children, List<Succession> successions, List<Agency> agencies) {

		Tree {
			units = List.copyOf(units);
			successions = List.copyOf(successions);
			agencies = List.copyOf(agencies);
		}

	}

}

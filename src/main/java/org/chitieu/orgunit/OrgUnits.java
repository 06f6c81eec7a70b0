package org.chitieu.orgunit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrative tree, its successions and the agencies of each unit. */
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

	private static final String IS_WITHIN = """
			with recursive ancestors(id, parent_id) as (
			    select id, parent_id from org_unit where id = :unit
			    union all
			    select o.id, o.parent_id from org_unit o join ancestors a on o.id = a.parent_id
			)
			select exists (select 1 from ancestors where id = :ancestor)
			""";

	private static final String SUBTREE = """
			with recursive subtree(id) as (
			    select id from org_unit where id = :root
			    union all
			    select o.id from org_unit o join subtree s on o.parent_id = s.id
			)
			""" + SELECT_UNIT + " where id in (select id from subtree) order by code";

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

	OrgUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OrgUnit> findAll() {
		return this.jdbc.sql(SELECT_UNIT + " order by code").query(OrgUnit.class).list();
	}

	public Optional<OrgUnit> findByCode(String code) {
		return this.jdbc.sql(SELECT_UNIT + " where code = ?").param(code).query(OrgUnit.class).optional();
	}

	public Optional<OrgUnit> findById(long id) {
		return this.jdbc.sql(SELECT_UNIT + " where id = ?").param(id).query(OrgUnit.class).optional();
	}

	/** The unit and every unit below it, in code order. */
	public List<OrgUnit> subtree(long rootId) {
		return this.jdbc.sql(SUBTREE).param("root", rootId).query(OrgUnit.class).list();
	}

	/** Whether {@code unitId} is {@code ancestorId} or lies below it. */
	public boolean isWithin(long unitId, long ancestorId) {
		return this.jdbc.sql(IS_WITHIN).param("unit", unitId).param("ancestor", ancestorId).query(Boolean.class).single();
	}

	public List<Succession> findSuccessions() {
		return this.jdbc.sql("select from_unit_id as from_id, to_unit_id as to_id, weight, effective_date as date from succession order by id")
			.query(Succession.class)
			.list();
	}

	/** The units whose territory passed to {@code unitId}, in code order. */
	public List<OrgUnit> predecessors(long unitId) {
		return this.jdbc.sql(SELECT_UNIT + " where id in (select from_unit_id from succession where to_unit_id = ?) order by code")
			.param(unitId)
			.query(OrgUnit.class)
			.list();
	}

	public List<Agency> findAgencies() {
		return this.jdbc.sql("select id, code, name, org_unit_id from agency order by code").query(Agency.class).list();
	}

	public Optional<Agency> findAgencyById(long id) {
		return this.jdbc.sql("select id, code, name, org_unit_id from agency where id = ?")
			.param(id)
			.query(Agency.class)
			.optional();
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
	}

	public void saveSuccession(String fromCode, String toCode, BigDecimal weight, LocalDate date) {
		this.jdbc.sql(UPSERT_SUCCESSION)
			.param("from", fromCode)
			.param("to", toCode)
			.param("weight", weight)
			.param("date", date)
			.update();
	}

	public void saveAgency(String code, String name, String orgUnitCode) {
		this.jdbc.sql(UPSERT_AGENCY).param("code", code).param("name", name).param("orgUnit", orgUnitCode).update();
	}

}

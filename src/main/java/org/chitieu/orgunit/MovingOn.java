package org.chitieu.orgunit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving on: when a unit has ended, its agencies, users and open tasks move to its successor in
 * one act, recorded with who did it and when. A unit split between several successors names the
 * one that takes them.
 */
@Service
public class MovingOn {

	private static final String RECORD = """
			insert into org_unit_move (from_unit_id, to_unit_id, moved, moved_by, moved_at)
			values (:from, :to, cast(:moved as jsonb), :by, :at)
			""";

	private final OrgUnits orgUnits;

	private final ObjectProvider<UnitHoldings> holdings;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	MovingOn(OrgUnits orgUnits, ObjectProvider<UnitHoldings> holdings, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.orgUnits = orgUnits;
		this.holdings = holdings;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Moves what {@code unitCode} holds to {@code successorCode}, or to its only successor when
	 * that is {@code null}. Refused, with nothing moved, for a unit that has not ended or a
	 * successor it did not pass to.
	 */
	@Transactional
	public MoveOn moveToSuccessor(String unitCode, String successorCode, String movedBy) {
		OrgUnit unit = this.orgUnits.findByCode(unitCode)
			.orElseThrow(() -> new NotFoundException("progress.unknownOrgUnit", unitCode));
		if (unit.validTo() == null) {
			throw refused("orgUnit", "orgunit.moveOn.notEnded", unit.code());
		}
		OrgUnit successor = successor(unit, successorCode);
		Map<String, Integer> moved = new LinkedHashMap<>();
		moved.put("agencies", this.orgUnits.moveAgencies(unit.id(), successor.id()));
		this.holdings.orderedStream().forEach(held -> moved.put(held.kind(), held.moveTo(unit.id(), successor.id())));
		Instant at = this.clock.instant();
		this.jdbc.sql(RECORD)
			.param("from", unit.id())
			.param("to", successor.id())
			.param("moved", this.json.writeValueAsString(moved))
			.param("by", movedBy)
			.param("at", Timestamp.from(at))
			.update();
		return new MoveOn(unit.code(), successor.code(), Map.copyOf(moved), movedBy, at);
	}

	private OrgUnit successor(OrgUnit unit, String successorCode) {
		Map<Long, OrgUnit> units = this.orgUnits.findAll()
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		List<OrgUnit> successors = this.orgUnits.findSuccessions()
			.stream()
			.filter(succession -> succession.fromId() == unit.id())
			.map(succession -> units.get(succession.toId()))
			.toList();
		if (successors.isEmpty()) {
			throw refused("orgUnit", "orgunit.moveOn.noSuccessor", unit.code());
		}
		String names = successors.stream().map(OrgUnit::code).collect(Collectors.joining(", "));
		if (successorCode == null) {
			if (successors.size() > 1) {
				throw refused("successor", "orgunit.moveOn.chooseSuccessor", unit.code(), names);
			}
			return successors.get(0);
		}
		return successors.stream()
			.filter(successor -> Objects.equals(successor.code(), successorCode))
			.findFirst()
			.orElseThrow(() -> refused("successor", "orgunit.moveOn.notASuccessor", successorCode, unit.code(), names));
	}

	private static InvalidInputException refused(String field, String messageKey, Object... arguments) {
		return new InvalidInputException("orgunit.moveOn.refused", InputError.of(field, messageKey, arguments));
	}

}

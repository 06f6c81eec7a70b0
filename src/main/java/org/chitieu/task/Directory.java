package org.chitieu.task;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;

import org.springframework.stereotype.Component;

/** Agencies and org units by id and by code, read once per request. */
@Component
class Directory {

	private final OrgUnits orgUnits;

	Directory(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	Lookup lookup() {
		Map<Long, Agency> agencies = this.orgUnits.findAgencies()
			.stream()
			.collect(Collectors.toMap(Agency::id, Function.identity()));
		Map<Long, OrgUnit> units = this.orgUnits.findAll()
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		return new Lookup(agencies, units,
				agencies.values().stream().collect(Collectors.toMap(Agency::code, Function.identity())),
				units.values().stream().collect(Collectors.toMap(OrgUnit::code, Function.identity())));
	}

	record Lookup(Map<Long, Agency> agencies, Map<Long, OrgUnit> units, Map<String, Agency> agenciesByCode,
			Map<String, OrgUnit> unitsByCode) {

		String agencyCode(Long id) {
			return id == null ? null : this.agencies.get(id).code();
		}

		String agencyName(Long id) {
			return id == null ? null : this.agencies.get(id).name();
		}

		String unitCode(Long id) {
			return id == null ? null : this.units.get(id).code();
		}

	}

}

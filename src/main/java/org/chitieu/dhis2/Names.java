package org.chitieu.dhis2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;

import org.springframework.stereotype.Component;

/** The indicators, org units (in catalogue order) and DHIS2 identifiers an import or export reads once, at its start. */
@Component
class Names {

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final Dhis2Mappings mappings;

	Names(IndicatorCatalogue catalogue, OrgUnits orgUnits, Dhis2Mappings mappings) {
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.mappings = mappings;
	}

	Snapshot now() {
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<String, OrgUnit> units = this.orgUnits.findAll()
			.stream()
			.collect(Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		return new Snapshot(indicators, units,
				new Identifiers(this.mappings.findAll(), indicators.keySet(), units.keySet()));
	}

	/** Our indicators and org units by code, and the identifiers that translate DHIS2's to them. */
	record Snapshot(Map<String, Indicator> indicators, Map<String, OrgUnit> units, Identifiers identifiers) {
	}

}

package org.chitieu.metadata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chitieu.indicator.EntryChecks;
import org.chitieu.dhis2.Dhis2MappingDefinition;
import org.chitieu.project.ProjectDefinition;
import org.chitieu.project.ProjectGroupDefinition;

/**
 * A whole locality in one document, as {@code POST/GET /api/v1/metadata} exchange it. Enumerations
 * arrive as text so that a wrong value is reported next to its field instead of failing the parse.
 * Project groups and projects come last: they name agencies and org units of the same document. The
 * optional {@code dhis2Mappings} name DHIS2's identifiers of our indicators and org units.
 */
public record MetadataDocument(List<OrgUnitEntry> orgUnits, List<SuccessionEntry> successions,
		List<SectorEntry> sectors, List<AgencyEntry> agencies, List<IndicatorEntry> indicators,
		List<PlanEntry> plans, List<ProjectGroupDefinition> projectGroups, List<ProjectDefinition> projects,
		List<Dhis2MappingDefinition> dhis2Mappings) {

	public MetadataDocument {
		orgUnits = orgUnits == null ? List.of() : orgUnits;
		successions = successions == null ? List.of() : successions;
		sectors = sectors == null ? List.of() : sectors;
		agencies = agencies == null ? List.of() : agencies;
		indicators = indicators == null ? List.of() : indicators;
		plans = plans == null ? List.of() : plans;
		projectGroups = projectGroups == null ? List.of() : projectGroups;
		projects = projects == null ? List.of() : projects;
		dhis2Mappings = dhis2Mappings == null ? List.of() : dhis2Mappings;
	}

	public record OrgUnitEntry(String code, String name, String type, String parent, LocalDate validFrom,
			LocalDate validTo) {
	}

	public record SuccessionEntry(String from, String to, BigDecimal weight, LocalDate date) {
	}

	public record SectorEntry(String code, String name, String nameEn) {
	}

	public record AgencyEntry(String code, String name, String orgUnit) {
	}

	public record IndicatorEntry(String code, String name, String nameEn, String unit, String sector, String agency,
			String kind, String formula, String timeAggregation, String spaceAggregation, String polarity,
			Integer decimals, BigDecimal tolerance, ProjectSourceEntry projectSource, EntryChecks entry) {
	}

	/** The indicator's monthly values are {@code field} (a ProjectField) summed over the group's projects. */
	public record ProjectSourceEntry(String group, String field) {
	}

	/** A plan; a new {@code resolution} for an existing code is its next version, in force from {@code effectiveFrom}. */
	public record PlanEntry(String code, String orgUnit, Integer year, String resolution, List<TargetEntry> targets,
			LocalDate effectiveFrom) {
	}

	public record TargetEntry(String indicator, BigDecimal value, String schedule, Map<String, BigDecimal> planned) {
	}

}

package org.chitieu.metadata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.indicator.Formula;
import org.chitieu.metadata.MetadataDocument.IndicatorEntry;
import org.chitieu.metadata.MetadataDocument.PlanEntry;
import org.chitieu.metadata.MetadataDocument.TargetEntry;
import org.chitieu.project.ProjectDefinition;

/**
 * The part of a metadata document a user of one subtree sees: its units, their successions, agencies,
 * plans and projects, the indicators those agencies own or those plans target (with the components of
 * their formulas), and the sectors and project groups these name.
 */
final class MetadataScope {

	private MetadataScope() {
	}

	static MetadataDocument within(MetadataDocument all, Set<String> units) {
		List<MetadataDocument.AgencyEntry> agencies = all.agencies()
			.stream()
			.filter(agency -> units.contains(agency.orgUnit()))
			.toList();
		Set<String> agencyCodes = agencies.stream().map(MetadataDocument.AgencyEntry::code).collect(Collectors.toSet());
		List<PlanEntry> plans = all.plans().stream().filter(plan -> units.contains(plan.orgUnit())).toList();
		List<ProjectDefinition> projects = all.projects()
			.stream()
			.filter(project -> units.contains(project.orgUnit()))
			.toList();
		Set<String> indicatorCodes = indicators(all.indicators(), agencyCodes, plans);
		List<IndicatorEntry> indicators = all.indicators()
			.stream()
			.filter(indicator -> indicatorCodes.contains(indicator.code()))
			.toList();
		Set<String> sectors = indicators.stream().map(IndicatorEntry::sector).collect(Collectors.toSet());
		Set<String> groups = new HashSet<>();
		projects.forEach(project -> groups.addAll(project.groups()));
		indicators.stream()
			.filter(indicator -> indicator.projectSource() != null)
			.forEach(indicator -> groups.add(indicator.projectSource().group()));
		return new MetadataDocument(all.orgUnits().stream().filter(unit -> units.contains(unit.code())).toList(),
				all.successions()
					.stream()
					.filter(succession -> units.contains(succession.from()) || units.contains(succession.to()))
					.toList(),
				all.sectors().stream().filter(sector -> sectors.contains(sector.code())).toList(), agencies, indicators,
				plans, all.projectGroups().stream().filter(group -> groups.contains(group.code())).toList(), projects,
				all.dhis2Mappings()
					.stream()
					.filter(mapping -> "ORG_UNIT".equals(mapping.kind()) ? units.contains(mapping.code())
							: indicatorCodes.contains(mapping.code()))
					.toList());
	}

	/** The indicators the agencies own or the plans target, and every component their formulas reach. */
	private static Set<String> indicators(List<IndicatorEntry> all, Set<String> agencies, List<PlanEntry> plans) {
		Map<String, IndicatorEntry> byCode = all.stream()
			.collect(Collectors.toMap(IndicatorEntry::code, Function.identity()));
		Deque<String> pending = new ArrayDeque<>();
		all.stream().filter(indicator -> agencies.contains(indicator.agency())).forEach(i -> pending.add(i.code()));
		plans.stream().flatMap(plan -> plan.targets().stream()).map(TargetEntry::indicator).forEach(pending::add);
		Set<String> reached = new HashSet<>();
		while (!pending.isEmpty()) {
			String code = pending.pop();
			IndicatorEntry indicator = byCode.get(code);
			if (indicator != null && reached.add(code) && indicator.formula() != null) {
				pending.addAll(Formula.parse(indicator.formula()).components());
			}
		}
		return reached;
	}

}

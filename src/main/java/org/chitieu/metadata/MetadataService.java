package org.chitieu.metadata;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.indicator.EntryChecks;
import org.chitieu.dhis2.Dhis2MappingDefinition;
import org.chitieu.dhis2.Dhis2Mappings;
import org.chitieu.indicator.Formula;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.indicator.IndicatorCatalogue.IndicatorDefinition;
import org.chitieu.indicator.IndicatorKind;
import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.Sector;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.metadata.MetadataDocument.AgencyEntry;
import org.chitieu.metadata.MetadataDocument.IndicatorEntry;
import org.chitieu.metadata.MetadataDocument.OrgUnitEntry;
import org.chitieu.metadata.MetadataDocument.PlanEntry;
import org.chitieu.metadata.MetadataDocument.ProjectSourceEntry;
import org.chitieu.metadata.MetadataDocument.SectorEntry;
import org.chitieu.metadata.MetadataDocument.SuccessionEntry;
import org.chitieu.metadata.MetadataDocument.TargetEntry;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnitType;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.plan.Plan;
import org.chitieu.plan.Plans;
import org.chitieu.plan.Plans.TargetDefinition;
import org.chitieu.plan.Schedule;
import org.chitieu.progress.query.RollupMaintenance;
import org.chitieu.project.ProjectDefinition;
import org.chitieu.project.ProjectField;
import org.chitieu.project.ProjectGroupDefinition;
import org.chitieu.project.ProjectService;
import org.chitieu.project.ProjectSource;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports a locality's metadata. An import creates or updates by code, in one
 * transaction, after checking the whole document: any error refuses all of it.
 */
@Service
public class MetadataService {

	private final OrgUnits orgUnits;

	private final IndicatorCatalogue catalogue;

	private final Plans plans;

	private final ProjectService projects;

	private final Dhis2Mappings dhis2Mappings;

	private final RollupMaintenance rollups;

	MetadataService(OrgUnits orgUnits, IndicatorCatalogue catalogue, Plans plans, ProjectService projects,
			Dhis2Mappings dhis2Mappings, RollupMaintenance rollups) {
		this.rollups = rollups;
		this.orgUnits = orgUnits;
		this.catalogue = catalogue;
		this.plans = plans;
		this.projects = projects;
		this.dhis2Mappings = dhis2Mappings;
	}

	@Transactional
	public ImportSummary importDocument(MetadataDocument document) {
		List<InputError> errors = new Validation(document).errors();
		if (!errors.isEmpty()) {
			throw new InvalidInputException("metadata.invalid", errors);
		}
		// twice, so that a parent may come after its child in the document
		for (int pass = 0; pass < 2; pass++) {
			for (OrgUnitEntry unit : document.orgUnits()) {
				this.orgUnits.saveUnit(unit.code(), unit.name(), OrgUnitType.valueOf(unit.type()), unit.parent(),
						unit.validFrom(), unit.validTo());
			}
		}
		document.successions()
			.forEach(succession -> this.orgUnits.saveSuccession(succession.from(), succession.to(),
					succession.weight(), succession.date()));
		int order = 0;
		for (SectorEntry sector : document.sectors()) {
			this.catalogue.saveSector(sector.code(), sector.name(), sector.nameEn(), order++);
		}
		document.agencies().forEach(agency -> this.orgUnits.saveAgency(agency.code(), agency.name(), agency.orgUnit()));
		order = 0;
		for (IndicatorEntry indicator : document.indicators()) {
			this.catalogue.saveIndicator(definition(indicator), order++);
		}
		for (PlanEntry plan : document.plans()) {
			this.plans.save(plan.code(), plan.orgUnit(), plan.year(), plan.resolution(), plan.effectiveFrom(),
					targets(plan));
		}
		this.projects.saveGroups(document.projectGroups());
		this.projects.saveProjects(document.projects());
		for (IndicatorEntry indicator : document.indicators()) {
			ProjectSourceEntry source = indicator.projectSource();
			this.projects.saveSource(indicator.code(), source == null ? null : source.group(),
					source == null ? null : ProjectField.valueOf(source.field()));
		}
		document.dhis2Mappings().forEach(mapping -> this.dhis2Mappings.save(mapping.mapping()));
		// units, successions, indicators and what feeds them change what the figures add up to
		if (!document.orgUnits().isEmpty() || !document.successions().isEmpty() || !document.indicators().isEmpty()
				|| !document.projectGroups().isEmpty() || !document.projects().isEmpty()) {
			this.rollups.rebuild();
		}
		return new ImportSummary(document.orgUnits().size(), document.successions().size(), document.sectors().size(),
				document.agencies().size(), document.indicators().size(), document.plans().size(),
				document.projectGroups().size(), document.projects().size(), document.dhis2Mappings().size());
	}

	@Transactional(readOnly = true)
	public MetadataDocument exportDocument() {
		List<OrgUnit> units = this.orgUnits.findAll();
		Map<Long, String> unitCodes = units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
		List<Agency> agencies = this.orgUnits.findAgencies();
		Map<Long, String> agencyCodes = agencies.stream().collect(Collectors.toMap(Agency::id, Agency::code));
		List<Sector> sectors = this.catalogue.findSectors();
		Map<Long, String> sectorCodes = sectors.stream().collect(Collectors.toMap(Sector::id, Sector::code));
		List<Indicator> indicators = this.catalogue.findAll();
		Map<String, ProjectSourceEntry> sources = this.projects.sources()
			.stream()
			.collect(Collectors.toMap(ProjectSource::indicator,
					source -> new ProjectSourceEntry(source.group(), source.field().name())));
		return new MetadataDocument(
				units.stream()
					.map(unit -> new OrgUnitEntry(unit.code(), unit.name(), unit.type().name(),
							unit.parentId() == null ? null : unitCodes.get(unit.parentId()), unit.validFrom(),
							unit.validTo()))
					.toList(),
				this.orgUnits.findSuccessions()
					.stream()
					.map(s -> new SuccessionEntry(unitCodes.get(s.fromId()), unitCodes.get(s.toId()), s.weight(),
							s.date()))
					.toList(),
				sectors.stream().map(s -> new SectorEntry(s.code(), s.name(), s.nameEn())).toList(),
				agencies.stream().map(a -> new AgencyEntry(a.code(), a.name(), unitCodes.get(a.orgUnitId()))).toList(),
				indicators.stream()
					.map(i -> new IndicatorEntry(i.code(), i.name(), i.nameEn(), i.unit(),
							i.sectorId() == null ? null : sectorCodes.get(i.sectorId()),
							i.agencyId() == null ? null : agencyCodes.get(i.agencyId()), i.kind().name(), i.formula(),
							i.timeAggregation().name(), i.spaceAggregation().name(), i.polarity().name(),
							i.decimals(), i.tolerance(), sources.get(i.code()), i.entryChecks()))
					.toList(),
				this.plans.findAll().stream().map(plan -> entry(plan, unitCodes)).toList(),
				this.projects.groups()
					.stream()
					.map(group -> new ProjectGroupDefinition(group.code(), group.name(), group.nameEn()))
					.toList(),
				this.projects.definitions(),
				this.dhis2Mappings.findAll().stream().map(Dhis2MappingDefinition::of).toList());
	}

	private static PlanEntry entry(Plan plan, Map<Long, String> unitCodes) {
		return new PlanEntry(plan.code(), unitCodes.get(plan.orgUnitId()), plan.year(), plan.resolution(),
				plan.targets().stream().map(target -> {
					TargetDefinition definition = Plans.definition(target, plan.year());
					return new TargetEntry(definition.indicator(), definition.value(),
							definition.schedule() == null ? null : definition.schedule().name(), definition.planned());
				}).toList(), plan.effectiveFrom());
	}

	private static List<TargetDefinition> targets(PlanEntry plan) {
		return plan.targets() == null ? List.of() : plan.targets().stream().map(MetadataService::definition).toList();
	}

	private static IndicatorDefinition definition(IndicatorEntry entry) {
		return new IndicatorDefinition(entry.code(), entry.name(), entry.nameEn(), entry.unit(), entry.sector(),
				entry.agency(), IndicatorKind.valueOf(entry.kind()), blankToNull(entry.formula()),
				TimeAggregation.valueOf(entry.timeAggregation()), SpaceAggregation.valueOf(entry.spaceAggregation()),
				Polarity.valueOf(entry.polarity()), entry.decimals() == null ? 0 : entry.decimals(),
				entry.tolerance(), entry.entry());
	}

	private static TargetDefinition definition(TargetEntry entry) {
		return new TargetDefinition(entry.indicator(), entry.value(),
				entry.schedule() == null ? null : Schedule.valueOf(entry.schedule()), entry.planned());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	public record ImportSummary(int orgUnits, int successions, int sectors, int agencies, int indicators, int plans,
			int projectGroups, int projects, int dhis2Mappings) {
	}

	/** Every check of a document against itself and what the database already holds. */
	private final class Validation {

		private final MetadataDocument document;

		private final List<InputError> errors = new ArrayList<>();

		private final Set<String> unitCodes = new HashSet<>();

		private final Set<String> sectorCodes = new HashSet<>();

		private final Set<String> agencyCodes = new HashSet<>();

		private final Map<String, IndicatorEntry> indicators = new HashMap<>();

		private final Set<String> groupCodes = new HashSet<>();

		Validation(MetadataDocument document) {
			this.document = document;
			orgUnits.findAll().forEach(unit -> this.unitCodes.add(unit.code()));
			catalogue.findSectors().forEach(sector -> this.sectorCodes.add(sector.code()));
			orgUnits.findAgencies().forEach(agency -> this.agencyCodes.add(agency.code()));
			catalogue.findAll()
				.forEach(i -> this.indicators.put(i.code(),
						new IndicatorEntry(i.code(), i.name(), i.nameEn(), i.unit(), null, null, i.kind().name(),
								i.formula(), i.timeAggregation().name(), i.spaceAggregation().name(),
								i.polarity().name(), i.decimals(), i.tolerance(), null, i.entryChecks())));
			projects.groups().forEach(group -> this.groupCodes.add(group.code()));
		}

		List<InputError> errors() {
			checkOrgUnits();
			checkSuccessions();
			checkSectorsAndAgencies();
			checkProjects();
			checkIndicators();
			checkPlans();
			this.errors.addAll(Dhis2MappingDefinition.check("dhis2Mappings", this.document.dhis2Mappings(),
					this.indicators::containsKey, this.unitCodes::contains));
			return this.errors;
		}

		private void checkOrgUnits() {
			Set<String> seen = new HashSet<>();
			this.document.orgUnits().forEach(unit -> this.unitCodes.add(unit.code()));
			for (int i = 0; i < this.document.orgUnits().size(); i++) {
				OrgUnitEntry unit = this.document.orgUnits().get(i);
				String at = "orgUnits[" + i + "]";
				requireCode(at, unit.code(), seen);
				require(at + ".name", unit.name());
				requireEnum(at + ".type", unit.type(), OrgUnitType.class);
				if (unit.parent() != null && !this.unitCodes.contains(unit.parent())) {
					error(at + ".parent", "metadata.unknownOrgUnit", unit.parent());
				}
				if (unit.parent() != null && unit.parent().equals(unit.code())) {
					error(at + ".parent", "metadata.ownParent", unit.code());
				}
				if (unit.validFrom() != null && unit.validTo() != null && unit.validFrom().isAfter(unit.validTo())) {
					error(at + ".validTo", "metadata.validToBeforeFrom");
				}
			}
		}

		private void checkSuccessions() {
			for (int i = 0; i < this.document.successions().size(); i++) {
				SuccessionEntry succession = this.document.successions().get(i);
				String at = "successions[" + i + "]";
				requireKnown(at + ".from", succession.from(), this.unitCodes, "metadata.unknownOrgUnit");
				requireKnown(at + ".to", succession.to(), this.unitCodes, "metadata.unknownOrgUnit");
				if (succession.weight() == null || succession.weight().signum() <= 0
						|| succession.weight().compareTo(BigDecimal.ONE) > 0) {
					error(at + ".weight", "metadata.weight");
				}
				if (succession.date() == null) {
					error(at + ".date", "metadata.required");
				}
			}
		}

		private void checkSectorsAndAgencies() {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < this.document.sectors().size(); i++) {
				SectorEntry sector = this.document.sectors().get(i);
				requireCode("sectors[" + i + "]", sector.code(), seen);
				require("sectors[" + i + "].name", sector.name());
				this.sectorCodes.add(sector.code());
			}
			seen.clear();
			for (int i = 0; i < this.document.agencies().size(); i++) {
				AgencyEntry agency = this.document.agencies().get(i);
				String at = "agencies[" + i + "]";
				requireCode(at, agency.code(), seen);
				require(at + ".name", agency.name());
				requireKnown(at + ".orgUnit", agency.orgUnit(), this.unitCodes, "metadata.unknownOrgUnit");
				this.agencyCodes.add(agency.code());
			}
		}

		private void checkIndicators() {
			Set<String> seen = new HashSet<>();
			this.document.indicators().forEach(indicator -> this.indicators.put(indicator.code(), indicator));
			for (int i = 0; i < this.document.indicators().size(); i++) {
				IndicatorEntry indicator = this.document.indicators().get(i);
				String at = "indicators[" + i + "]";
				requireCode(at, indicator.code(), seen);
				require(at + ".name", indicator.name());
				if (indicator.sector() != null) {
					requireKnown(at + ".sector", indicator.sector(), this.sectorCodes, "metadata.unknownSector");
				}
				if (indicator.agency() != null) {
					requireKnown(at + ".agency", indicator.agency(), this.agencyCodes, "metadata.unknownAgency");
				}
				requireEnum(at + ".timeAggregation", indicator.timeAggregation(), TimeAggregation.class);
				requireEnum(at + ".spaceAggregation", indicator.spaceAggregation(), SpaceAggregation.class);
				requireEnum(at + ".polarity", indicator.polarity(), Polarity.class);
				if (indicator.decimals() != null && (indicator.decimals() < 0 || indicator.decimals() > 6)) {
					error(at + ".decimals", "metadata.decimals");
				}
				if (indicator.tolerance() != null
						&& (indicator.tolerance().signum() < 0 || indicator.tolerance().compareTo(BigDecimal.ONE) >= 0)) {
					error(at + ".tolerance", "metadata.tolerance");
				}
				if (requireEnum(at + ".kind", indicator.kind(), IndicatorKind.class)) {
					checkFormula(at + ".formula", indicator);
				}
				checkProjectSource(at + ".projectSource", indicator);
				checkEntry(at + ".entry", indicator.entry());
			}
		}

		private void checkEntry(String at, EntryChecks entry) {
			if (entry == null) {
				return;
			}
			if (entry.min() != null && entry.max() != null && entry.min().compareTo(entry.max()) > 0) {
				error(at + ".min", "metadata.entryBounds");
			}
			for (String type : entry.enteredAt()) {
				requireEnum(at + ".enteredAt", type, OrgUnitType.class);
			}
		}

		private void checkProjects() {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < this.document.projectGroups().size(); i++) {
				ProjectGroupDefinition group = this.document.projectGroups().get(i);
				requireCode("projectGroups[" + i + "]", group.code(), seen);
				require("projectGroups[" + i + "].name", group.name());
				this.groupCodes.add(group.code());
			}
			seen.clear();
			for (int i = 0; i < this.document.projects().size(); i++) {
				ProjectDefinition project = this.document.projects().get(i);
				String at = "projects[" + i + "]";
				if (project.code() != null && !seen.add(project.code())) {
					error(at + ".code", "metadata.duplicate", project.code());
				}
				this.errors.addAll(project.check(at, this.unitCodes::contains, this.agencyCodes::contains,
						this.groupCodes::contains));
			}
		}

		private void checkProjectSource(String at, IndicatorEntry indicator) {
			ProjectSourceEntry source = indicator.projectSource();
			if (source == null) {
				return;
			}
			requireKnown(at + ".group", source.group(), this.groupCodes, "project.unknownGroup");
			requireEnum(at + ".field", source.field(), ProjectField.class);
			if (IndicatorKind.COMPUTED.name().equals(indicator.kind())) {
				error(at, "project.sourceOnComputed");
			}
		}

		private void checkFormula(String at, IndicatorEntry indicator) {
			boolean computed = IndicatorKind.COMPUTED.name().equals(indicator.kind());
			String formula = blankToNull(indicator.formula());
			if (!computed) {
				if (formula != null) {
					error(at, "metadata.formulaOnRaw");
				}
				return;
			}
			if (formula == null) {
				error(at, "metadata.formulaMissing");
				return;
			}
			try {
				Formula parsed = Formula.parse(formula);
				for (String component : parsed.components()) {
					if (!this.indicators.containsKey(component)) {
						error(at, "metadata.unknownIndicator", component);
					}
				}
				if (reaches(indicator.code(), parsed, new HashSet<>())) {
					error(at, "metadata.formulaCycle", indicator.code());
				}
			}
			catch (IllegalArgumentException ex) {
				error(at, "metadata.formulaInvalid", ex.getMessage());
			}
		}

		/** Whether following the formula's components leads back to {@code code}. */
		private boolean reaches(String code, Formula formula, Set<String> visited) {
			for (String component : formula.components()) {
				if (component.equals(code)) {
					return true;
				}
				IndicatorEntry next = this.indicators.get(component);
				if (next != null && next.formula() != null && visited.add(component)) {
					try {
						if (reaches(code, Formula.parse(next.formula()), visited)) {
							return true;
						}
					}
					catch (IllegalArgumentException ex) {
						// reported on that indicator itself
					}
				}
			}
			return false;
		}

		private void checkPlans() {
			Set<String> seen = new HashSet<>();
			Set<String> unitYears = new HashSet<>();
			for (int i = 0; i < this.document.plans().size(); i++) {
				PlanEntry plan = this.document.plans().get(i);
				String at = "plans[" + i + "]";
				int before = this.errors.size();
				requireCode(at, plan.code(), seen);
				requireKnown(at + ".orgUnit", plan.orgUnit(), this.unitCodes, "metadata.unknownOrgUnit");
				if (plan.year() == null || plan.year() < 1900 || plan.year() > 2200) {
					error(at + ".year", "metadata.year");
				}
				List<TargetEntry> targets = plan.targets() == null ? List.of() : plan.targets();
				Set<String> targeted = new HashSet<>();
				for (int t = 0; t < targets.size(); t++) {
					checkTarget(at + ".targets[" + t + "]", targets.get(t), plan.year(), targeted);
				}
				if (plan.orgUnit() != null && plan.year() != null && !unitYears.add(plan.orgUnit() + "/" + plan.year())) {
					error(at, "plan.secondForYear", plan.code(), plan.year());
				}
				if (this.errors.size() == before) {
					checkVersion(at, plan);
				}
			}
		}

		/** A plan already stored may only be corrected or revised as {@link Plans#revisionProblem} allows. */
		private void checkVersion(String at, PlanEntry plan) {
			orgUnits.findByCode(plan.orgUnit())
				.flatMap(unit -> plans.revisionProblem(plan.code(), unit.id(), plan.year(), plan.resolution(),
						plan.effectiveFrom(), targets(plan)))
				.ifPresent(problem -> error(at, problem, plan.code(), plan.year()));
		}

		private void checkTarget(String at, TargetEntry target, Integer year, Set<String> targeted) {
			if (!requireKnown(at + ".indicator", target.indicator(), this.indicators.keySet(),
					"metadata.unknownIndicator")) {
				return;
			}
			if (!targeted.add(target.indicator())) {
				error(at + ".indicator", "metadata.duplicate", target.indicator());
			}
			if (target.value() == null) {
				error(at + ".value", "metadata.required");
			}
			if (target.schedule() != null && requireEnum(at + ".schedule", target.schedule(), Schedule.class)) {
				boolean custom = Schedule.CUSTOM.name().equals(target.schedule());
				boolean hasPlanned = target.planned() != null && !target.planned().isEmpty();
				if (custom && !hasPlanned) {
					error(at + ".planned", "metadata.plannedMissing");
				}
				if (!custom && hasPlanned) {
					error(at + ".planned", "metadata.plannedNotCustom");
				}
			}
			if (target.planned() != null) {
				target.planned().forEach((month, value) -> {
					try {
						YearMonth parsed = YearMonth.parse(month);
						if (year != null && parsed.getYear() != year) {
							error(at + ".planned", "metadata.plannedYear", month, year);
						}
					}
					catch (DateTimeException ex) {
						error(at + ".planned", "metadata.period", month);
					}
					if (value == null) {
						error(at + ".planned", "metadata.required");
					}
				});
			}
		}

		private void requireCode(String at, String code, Set<String> seen) {
			if (code == null || code.isBlank()) {
				error(at + ".code", "metadata.required");
			}
			else if (!seen.add(code)) {
				error(at + ".code", "metadata.duplicate", code);
			}
		}

		private void require(String at, String text) {
			if (text == null || text.isBlank()) {
				error(at, "metadata.required");
			}
		}

		private boolean requireKnown(String at, String code, Set<String> known, String messageKey) {
			if (code == null || code.isBlank()) {
				error(at, "metadata.required");
				return false;
			}
			if (!known.contains(code)) {
				error(at, messageKey, code);
				return false;
			}
			return true;
		}

		private <E extends Enum<E>> boolean requireEnum(String at, String value, Class<E> type) {
			Map<String, E> constants = Arrays.stream(type.getEnumConstants())
				.collect(Collectors.toMap(Enum::name, Function.identity()));
			if (value == null || !constants.containsKey(value)) {
				error(at, "metadata.oneOf", value, String.join(", ", constants.keySet().stream().sorted().toList()));
				return false;
			}
			return true;
		}

		private void error(String field, String key, Object... arguments) {
			this.errors.add(InputError.of(field, key, arguments));
		}

	}

}

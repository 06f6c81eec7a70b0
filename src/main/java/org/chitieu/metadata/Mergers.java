package org.chitieu.metadata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.metadata.MetadataDocument.OrgUnitEntry;
import org.chitieu.metadata.MetadataDocument.SuccessionEntry;
import org.chitieu.orgunit.MovingOn;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnitType;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.plan.Plan;
import org.chitieu.plan.Plans;
import org.chitieu.plan.Target;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.security.AuditLog;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a merger (sáp nhập): from a date, some units form one unit, each with the share of its
 * territory that passes (its weight). The predecessors end the day before, the successor begins on the
 * date, the successions carry their figures on; saved through the metadata document in one transaction,
 * in the audit log, and with the predecessors' users, agencies and open tasks moved on if asked. Only
 * within the user's subtree.
 */
@Service
class Mergers {

	private final MetadataService metadata;

	private final OrgUnits orgUnits;

	private final Plans plans;

	private final IndicatorCatalogue catalogue;

	private final ProgressService progress;

	private final MovingOn movingOn;

	private final AuditLog audit;

	Mergers(MetadataService metadata, OrgUnits orgUnits, Plans plans, IndicatorCatalogue catalogue,
			ProgressService progress, MovingOn movingOn, AuditLog audit) {
		this.metadata = metadata;
		this.orgUnits = orgUnits;
		this.plans = plans;
		this.catalogue = catalogue;
		this.progress = progress;
		this.movingOn = movingOn;
		this.audit = audit;
	}

	/**
	 * What the successor inherits at the month before the date, by indicator of the plan that covers the
	 * predecessors: each predecessor's year to date by the progress rules and its weighted share, combined
	 * as the rules combine a successor's months (Σ w·v for a SUM space aggregation, else the weighted mean).
	 */
	@Transactional(readOnly = true)
	Preview preview(ChiTieuUser user, Merger merger) {
		Checked checked = check(user, merger);
		YearMonth before = YearMonth.from(merger.date()).minusMonths(1);
		Optional<Plan> plan = plan(checked, before);
		if (plan.isEmpty()) {
			return new Preview(before, null, List.of());
		}
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, indicator -> indicator));
		List<String> codes = plan.get().targets().stream().map(Target::indicatorCode).toList();
		List<Map<String, BigDecimal>> values = checked.predecessors()
			.stream()
			.map(unit -> this.progress.yearToDate(unit, before, codes))
			.toList();
		List<PreviewRow> rows = new ArrayList<>();
		for (String code : codes) {
			Indicator indicator = indicators.get(code);
			List<BigDecimal> shares = new ArrayList<>();
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal weights = BigDecimal.ZERO;
			for (int i = 0; i < values.size(); i++) {
				BigDecimal value = values.get(i).get(code);
				BigDecimal weight = merger.predecessors().get(i).weight();
				shares.add(value);
				if (value != null) {
					sum = sum.add(value.multiply(weight));
					weights = weights.add(weight);
				}
			}
			BigDecimal inherited = weights.signum() == 0 || indicator.computed() ? null
					: indicator.spaceAggregation() == SpaceAggregation.SUM ? sum
							: sum.divide(weights, 6, RoundingMode.HALF_UP);
			rows.add(new PreviewRow(code, indicator.name(), indicator.unit(), indicator.decimals(), shares, inherited));
		}
		return new Preview(before, plan.get().code(), rows);
	}

	/** Records the merger: all of it or, with a clear 4xx, nothing. */
	@Transactional
	Recorded record(ChiTieuUser user, Merger merger) {
		Checked checked = check(user, merger);
		LocalDate lastDay = merger.date().minusDays(1);
		List<OrgUnitEntry> units = new ArrayList<>();
		units.add(checked.successor() == null
				? new OrgUnitEntry(merger.successor(), merger.name(), merger.type(), merger.parent(), merger.date(), null)
				: entry(checked.successor(), merger.date(), checked.successor().validTo()));
		checked.predecessors().forEach(unit -> units.add(entry(unit, unit.validFrom(), lastDay)));
		List<SuccessionEntry> successions = merger.predecessors()
			.stream()
			.map(share -> new SuccessionEntry(share.unit(), merger.successor(), share.weight(), merger.date()))
			.toList();
		this.metadata.importDocument(new MetadataDocument(units, successions, null, null, null, null, null, null, null));
		OrgUnit successor = this.orgUnits.findByCode(merger.successor()).orElseThrow();
		this.audit.record(user.username(), "merger.recorded", successor.id(), "orgUnit " + successor.code(),
				merger.date() + ": " + merger.predecessors()
					.stream()
					.map(share -> share.unit() + " × " + share.weight().stripTrailingZeros().toPlainString())
					.collect(Collectors.joining(", ")));
		List<String> moved = new ArrayList<>();
		if (merger.moveOn()) {
			for (Share share : merger.predecessors()) {
				this.movingOn.moveToSuccessor(share.unit(), successor.code(), user.username());
				moved.add(share.unit());
			}
		}
		return new Recorded(successor.code(), merger.date(), moved);
	}

	private Checked check(ChiTieuUser user, Merger merger) {
		List<InputError> errors = new ArrayList<>();
		String code = merger.successor() == null ? "" : merger.successor().strip();
		Optional<OrgUnit> existing = this.orgUnits.findByCode(code);
		if (code.isEmpty()) {
			errors.add(InputError.of("successor", "merger.successorRequired"));
		}
		else if (merger.create() && existing.isPresent()) {
			errors.add(InputError.of("successor", "merger.successorExists", code));
		}
		else if (!merger.create() && existing.isEmpty()) {
			errors.add(InputError.of("successor", "merger.unknownUnit", code));
		}
		OrgUnit parent = null;
		if (merger.create()) {
			if (merger.name() == null || merger.name().isBlank()) {
				errors.add(InputError.of("name", "merger.nameRequired"));
			}
			if (Stream.of(OrgUnitType.values()).noneMatch(type -> type.name().equals(merger.type()))) {
				errors.add(InputError.of("type", "merger.typeRequired"));
			}
			if (merger.parent() != null && !merger.parent().isBlank()) {
				parent = this.orgUnits.findByCode(merger.parent().strip()).orElse(null);
				if (parent == null) {
					errors.add(InputError.of("parent", "merger.unknownUnit", merger.parent()));
				}
			}
		}
		if (merger.date() == null) {
			errors.add(InputError.of("date", "merger.dateRequired"));
		}
		if (merger.predecessors().isEmpty()) {
			errors.add(InputError.of("predecessors", "merger.noPredecessors"));
		}
		List<OrgUnit> predecessors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < merger.predecessors().size(); i++) {
			Share share = merger.predecessors().get(i);
			String at = "predecessors[" + i + "]";
			Optional<OrgUnit> unit = this.orgUnits.findByCode(share.unit());
			if (unit.isEmpty()) {
				errors.add(InputError.of(at, "merger.unknownUnit", share.unit()));
				continue;
			}
			if (!seen.add(share.unit())) {
				errors.add(InputError.of(at, "merger.duplicatePredecessor", share.unit()));
			}
			if (share.unit().equals(code)) {
				errors.add(InputError.of(at, "merger.ownPredecessor", code));
			}
			if (share.weight() == null || share.weight().signum() <= 0 || share.weight().compareTo(BigDecimal.ONE) > 0) {
				errors.add(InputError.of(at + ".weight", "merger.weight", share.unit()));
			}
			OrgUnit predecessor = unit.get();
			if (merger.date() != null && (predecessor.validTo() != null
					&& predecessor.validTo().isBefore(merger.date().minusDays(1))
					|| predecessor.validFrom() != null && !predecessor.validFrom().isBefore(merger.date()))) {
				errors.add(InputError.of(at, "merger.predecessorNotValid", predecessor.name(), merger.date().minusDays(1)));
			}
			predecessors.add(predecessor);
		}
		// scope before the remaining checks: outside the subtree is a 403 whatever else is wrong
		Stream.concat(Stream.concat(existing.stream(), Stream.ofNullable(parent)), predecessors.stream())
			.forEach(unit -> checkWithin(user, unit));
		if (merger.create() && parent == null && user.orgUnitId() != null) {
			throw new AccessDeniedException("only an administrator of the whole tree creates a unit without a parent");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("merger.invalid", errors);
		}
		return new Checked(merger.create() ? null : existing.orElseThrow(), parent, predecessors);
	}

	private void checkWithin(ChiTieuUser user, OrgUnit unit) {
		if (user.orgUnitId() != null && !this.orgUnits.isWithin(unit.id(), user.orgUnitId())) {
			throw new AccessDeniedException(unit.code() + " is outside the user's subtree");
		}
	}

	/** The plan in force at the month that covers the predecessors (or else the successor), nearest first. */
	private Optional<Plan> plan(Checked checked, YearMonth month) {
		List<OrgUnit> starts = new ArrayList<>(checked.predecessors());
		if (checked.successor() != null) {
			starts.add(0, checked.successor());
		}
		if (checked.parent() != null) {
			starts.add(checked.parent());
		}
		for (OrgUnit start : starts) {
			for (OrgUnit unit = start; unit != null; unit = unit.parentId() == null ? null
					: this.orgUnits.findById(unit.parentId()).orElse(null)) {
				Optional<Plan> plan = this.plans.inForce(unit.id(), month);
				if (plan.isPresent()) {
					return plan;
				}
			}
		}
		return Optional.empty();
	}

	/** The unit as it is, but for its validity dates. */
	private OrgUnitEntry entry(OrgUnit unit, LocalDate validFrom, LocalDate validTo) {
		String parent = unit.parentId() == null ? null
				: this.orgUnits.findById(unit.parentId()).map(OrgUnit::code).orElse(null);
		return new OrgUnitEntry(unit.code(), unit.name(), unit.type().name(), parent, validFrom, validTo);
	}

	/** "From {@code date}, these units form {@code successor}"; {@code create} with its name, type and parent. */
	record Merger(String successor, boolean create, String name, String type, String parent, LocalDate date,
			List<Share> predecessors, boolean moveOn) {
	}

	record Share(String unit, BigDecimal weight) {
	}

	record Preview(YearMonth month, String plan, List<PreviewRow> rows) {
	}

	/** One indicator: each predecessor's year to date (in the merger's order) and what the successor inherits. */
	record PreviewRow(String code, String name, String unit, int decimals, List<BigDecimal> predecessors,
			BigDecimal inherited) {
	}

	record Recorded(String successor, LocalDate date, List<String> movedOn) {
	}

	private record Checked(OrgUnit successor, OrgUnit parent, List<OrgUnit> predecessors) {
	}

}

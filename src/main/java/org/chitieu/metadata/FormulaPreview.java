package org.chitieu.metadata;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.datavalue.DataValues;
import org.chitieu.datavalue.DataValues.CountedValue;
import org.chitieu.indicator.Formula;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.indicator.IndicatorKind;
import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.progress.InMemoryObservations;
import org.chitieu.progress.IndicatorRule;
import org.chitieu.progress.ProgressRules;

import org.springframework.stereotype.Component;

/**
 * The value a formula not yet saved would have at a unit and month: the progress rules evaluate it on
 * the counted figures of its components in the unit's subtree, year to date, as the dashboard would.
 */
@Component
class FormulaPreview {

	private static final String CANDIDATE = "__formula_preview__";

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final DataValues dataValues;

	FormulaPreview(IndicatorCatalogue catalogue, OrgUnits orgUnits, DataValues dataValues) {
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.dataValues = dataValues;
	}

	BigDecimal valueAt(Formula formula, TimeAggregation time, OrgUnit unit, YearMonth month) {
		Map<String, Indicator> byCode = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Map<String, IndicatorRule> rules = new HashMap<>();
		Deque<String> pending = new ArrayDeque<>(formula.components());
		while (!pending.isEmpty()) {
			Indicator indicator = byCode.get(pending.pop());
			if (indicator != null && !rules.containsKey(indicator.code())) {
				rules.put(indicator.code(), new IndicatorRule(indicator.code(), indicator.kind(),
						indicator.parsedFormula(), indicator.timeAggregation(), indicator.spaceAggregation(),
						indicator.polarity(), indicator.tolerance()));
				if (indicator.computed()) {
					pending.addAll(indicator.parsedFormula().components());
				}
			}
		}
		rules.put(CANDIDATE, new IndicatorRule(CANDIDATE, IndicatorKind.COMPUTED, formula, time,
				SpaceAggregation.NONE, Polarity.HIGHER, null));
		List<OrgUnit> subtree = this.orgUnits.subtree(unit.id());
		Map<Long, OrgUnit> units = subtree.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		InMemoryObservations.Builder observations = InMemoryObservations.builder();
		subtree.stream()
			.filter(child -> child.parentId() != null && units.containsKey(child.parentId())
					&& child.validIn(month.getYear()))
			.forEach(child -> observations.child(units.get(child.parentId()).code(), child.code()));
		Set<Long> ids = rules.keySet()
			.stream()
			.map(byCode::get)
			.filter(indicator -> indicator != null && !indicator.computed())
			.map(Indicator::id)
			.collect(Collectors.toSet());
		Map<Long, String> codes = byCode.values().stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
		for (CountedValue value : this.dataValues.findCounted(ids, month.getYear(), month.getYear())) {
			OrgUnit at = units.get(value.orgUnitId());
			if (at != null) {
				observations.value(codes.get(value.indicatorId()), at.code(), value.year(), value.month(),
						value.value());
			}
		}
		return new ProgressRules(rules, observations.build()).actualToDate(CANDIDATE, unit.code(), month.getYear(),
				month.getMonthValue());
	}

}

package org.chitieu.progress.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chitieu.datavalue.DataValue;
import org.chitieu.datavalue.DataValueChange;
import org.chitieu.datavalue.DataValues;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.plan.Plan;
import org.chitieu.plan.Schedule;
import org.chitieu.plan.Target;
import org.chitieu.progress.MonthPoint;
import org.chitieu.security.ChiTieuUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One indicator at one unit: where it stands, its chart against the schedule and last year, the
 * year's monthly figures and who changed them. A computed indicator shows its components' figures.
 */
@Controller
class IndicatorController {

	private final ProgressService progress;

	private final PageScope scope;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final DataValues dataValues;

	private final MonthlyChart chart;

	private final Formation formation;

	IndicatorController(ProgressService progress, PageScope scope, IndicatorCatalogue catalogue, OrgUnits orgUnits,
			DataValues dataValues, MonthlyChart chart, Formation formation) {
		this.formation = formation;
		this.progress = progress;
		this.scope = scope;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.dataValues = dataValues;
		this.chart = chart;
	}

	@GetMapping("/indicators/{code}")
	String indicator(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String period,
			Locale locale, Model model) {
		Indicator indicator = this.catalogue.findByCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no indicator " + code));
		OrgUnit unit = this.scope.unit(user, orgUnit);
		YearMonth month = this.scope.period(unit, period);
		boolean english = "en".equals(locale.getLanguage());
		model.addAttribute("indicator", indicator);
		model.addAttribute("name", indicator.name(locale.getLanguage()));
		model.addAttribute("unit", unit);
		model.addAttribute("period", month.toString());
		model.addAttribute("year", month.getYear());
		model.addAttribute("month", month.getMonthValue());
		model.addAttribute("sector", this.catalogue.findSectors()
			.stream()
			.filter(sector -> sector.id() == (indicator.sectorId() == null ? -1 : indicator.sectorId()))
			.map(sector -> english && sector.nameEn() != null ? sector.nameEn() : sector.name())
			.findFirst()
			.orElse(null));
		model.addAttribute("agency", Optional.ofNullable(indicator.agencyId())
			.flatMap(this.orgUnits::findAgencyById)
			.map(Agency::name)
			.orElse(null));
		Optional<Formation.Note> formed = this.formation.of(unit, month, locale);
		model.addAttribute("formation", formed.map(Formation.Note::text).orElse(null));
		Optional<Target> target = this.scope.plan(unit, month.getYear())
			.map(Plan::targets)
			.flatMap(targets -> targets.stream().filter(t -> t.indicatorCode().equals(code)).findFirst());
		if (target.isPresent()) {
			model.addAttribute("schedule", target.get().schedule());
			model.addAttribute("defaultSchedule", Schedule.defaultFor(indicator.timeAggregation()));
			ProgressService.TargetDetail detail = this.progress.target(unit, code, month);
			model.addAttribute("progress", detail.progress());
			model.addAttribute("chart", this.chart.json(detail.series(), indicator.decimals(), locale,
					List.of(new MonthlyChart.Series("indicator.series.actual", MonthPoint::actual),
							new MonthlyChart.Series("indicator.series.expected", MonthPoint::expected),
							new MonthlyChart.Series("indicator.series.lastYear", MonthPoint::lastYear)),
					formed.map(Formation.Note::mark).orElse(null)));
		}
		List<Indicator> sources = sources(indicator);
		List<OrgUnit> entering = enteringUnits(sources, unit, month.getYear());
		model.addAttribute("computed", indicator.computed());
		model.addAttribute("byChildren", !entering.contains(unit));
		model.addAttribute("byUnit", entering.size() > 1 || !entering.contains(unit));
		model.addAttribute("values", values(sources, entering, month.getYear(), locale));
		model.addAttribute("history", history(sources, entering, month.getYear(), locale));
		return "progress/indicator";
	}

	private List<Indicator> sources(Indicator indicator) {
		if (!indicator.computed()) {
			return List.of(indicator);
		}
		Map<String, Indicator> all = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		return indicator.parsedFormula().components().stream().map(all::get).filter(i -> i != null).toList();
	}

	/**
	 * Where the figures were entered: the unit itself, or else (rice entered per commune, say) the
	 * units directly below it that existed that year; and, for a unit formed during or after the
	 * year, its predecessors, which hold the months before.
	 */
	private List<OrgUnit> enteringUnits(List<Indicator> sources, OrgUnit unit, int year) {
		List<Long> ids = sources.stream().map(Indicator::id).toList();
		List<OrgUnit> predecessors = (unit.validFrom() != null && unit.validFrom().isAfter(LocalDate.of(year, 1, 1)))
				? this.orgUnits.predecessors(unit.id()) : List.of();
		if (!this.dataValues.findAll(ids, unit.id(), year).isEmpty()) {
			return Stream.concat(Stream.of(unit), predecessors.stream()).toList();
		}
		if (!predecessors.isEmpty()) {
			return predecessors;
		}
		List<OrgUnit> children = this.orgUnits.subtree(unit.id())
			.stream()
			.filter(child -> Long.valueOf(unit.id()).equals(child.parentId()) && child.validIn(year))
			.toList();
		return children.isEmpty() ? List.of(unit) : children;
	}

	private List<MonthValue> values(List<Indicator> sources, List<OrgUnit> units, int year, Locale locale) {
		Map<Long, Indicator> byId = sources.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
		Map<Long, OrgUnit> unitsById = units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		List<MonthValue> values = new ArrayList<>();
		this.dataValues.findAll(byId.keySet(), unitsById.keySet(), year)
			.forEach(value -> values.add(new MonthValue(unitsById.get(value.orgUnitId()).name(),
					byId.get(value.indicatorId()).name(locale.getLanguage()), byId.get(value.indicatorId()).decimals(),
					value)));
		values.sort(Comparator.comparingInt((MonthValue value) -> value.value().month())
			.thenComparing(MonthValue::unitName)
			.thenComparing(MonthValue::indicator));
		return values;
	}

	private List<Change> history(List<Indicator> sources, List<OrgUnit> units, int year, Locale locale) {
		Map<Long, OrgUnit> unitsById = units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		Map<Long, List<DataValueChange>> history = this.dataValues.history(sources.stream().map(Indicator::id).toList(),
				unitsById.keySet(), year);
		List<Change> changes = new ArrayList<>();
		for (Indicator source : sources) {
			history.getOrDefault(source.id(), List.of())
				.forEach(change -> changes.add(new Change(unitsById.get(change.orgUnitId()).name(),
						source.name(locale.getLanguage()), source.decimals(), change)));
		}
		changes.sort(Comparator.comparing((Change change) -> change.change().changedAt()).reversed());
		return changes;
	}

	record MonthValue(String unitName, String indicator, int decimals, DataValue value) {
	}

	record Change(String unitName, String indicator, int decimals, DataValueChange change) {
	}

}

package org.chitieu.progress.query;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;
import org.chitieu.database.TopicCache;
import org.chitieu.datavalue.DataValues;
import org.chitieu.datavalue.DataValues.LatestComment;
import org.chitieu.indicator.Formula;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.indicator.IndicatorKind;
import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.Sector;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.DateRange;
import org.chitieu.period.Period;
import org.chitieu.period.ReportingWindow;
import org.chitieu.plan.Plan;
import org.chitieu.plan.Plans;
import org.chitieu.plan.Target;
import org.chitieu.progress.Evaluation;
import org.chitieu.progress.IndicatorRule;
import org.chitieu.progress.MonthPoint;
import org.chitieu.progress.ProgressRules;
import org.chitieu.progress.RolledUpYearToDate;
import org.chitieu.progress.RolledUpYearToDate.Rollup;
import org.chitieu.progress.Status;
import org.chitieu.progress.TargetRule;
import org.chitieu.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates every target of a plan at a unit from the rollups of its indicators at that unit (the
 * year and the year before, on the reporting month's boundaries: see {@link RollupMaintenance}), so
 * the work grows with the plan, never with the figures below the unit.
 */
@Service
public class ProgressService {

	private static final String CANDIDATE = "__formula_preview__";

	/** Reports kept at most (some tens of kB each); beyond, the cache starts afresh. */
	private static final int KEPT_REPORTS = 1_000;

	private final OrgUnits orgUnits;

	private final IndicatorCatalogue catalogue;

	private final Plans plans;

	private final DataValues dataValues;

	private final ReportingWindow reportingWindow;

	private final FigureRollups rollups;

	/**
	 * The plans' reports at a unit and month, as evaluated since the figures, the catalogue or the tree
	 * last changed on any node: the dashboard, its filters, the indicator pages and the API ask for the
	 * same few again and again.
	 */
	private final TopicCache<Map<ReportKey, ProgressReport>> reports;

	ProgressService(OrgUnits orgUnits, IndicatorCatalogue catalogue, Plans plans, DataValues dataValues,
			ReportingWindow reportingWindow, FigureRollups rollups, CacheEviction eviction) {
		this.reports = eviction.cache(EnumSet.of(CacheTopic.FIGURES, CacheTopic.CATALOGUE, CacheTopic.TREE),
				ConcurrentHashMap::new);
		this.rollups = rollups;
		this.orgUnits = orgUnits;
		this.catalogue = catalogue;
		this.plans = plans;
		this.dataValues = dataValues;
		this.reportingWindow = reportingWindow;
	}

	public OrgUnit orgUnit(String code) {
		return this.orgUnits.findByCode(code).orElseThrow(() -> new NotFoundException("progress.unknownOrgUnit", code));
	}

	@Transactional(readOnly = true)
	public ProgressReport report(OrgUnit unit, YearMonth period) {
		Map<ReportKey, ProgressReport> kept = this.reports.get();
		ReportKey key = new ReportKey(unit.id(), period);
		ProgressReport report = kept.get(key);
		if (report == null) {
			Plan plan = plan(unit, period);
			report = report(unit, period, plan, load(unit, period, plan));
			if (kept.size() >= KEPT_REPORTS) {
				kept.clear();
			}
			kept.put(key, report);
		}
		return report;
	}

	/**
	 * The plan at a quarter, half-year, nine months or year: the year to date at the period's last month,
	 * over the period's own window.
	 */
	@Transactional(readOnly = true)
	public ProgressReport report(OrgUnit unit, Period period) {
		ProgressReport report = report(unit, period.last());
		DateRange window = this.reportingWindow.of(period);
		return new ProgressReport(report.orgUnit(), report.orgUnitName(), period.key(),
				new ProgressReport.Window(window.from(), window.to()), report.summary(), report.plan(),
				report.resolution(), report.indicators());
	}

	/**
	 * The year-to-date values of indicators at a unit and month by the rules, whether or not the unit has a
	 * plan (what a merger's preview shows of each predecessor); {@code null} where there is none.
	 */
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> yearToDate(OrgUnit unit, YearMonth period, Collection<String> indicators) {
		Map<String, Indicator> byCode = byCode();
		Set<String> sources = new LinkedHashSet<>();
		indicators.forEach(code -> sources.addAll(sources(byCode, code)));
		ProgressRules rules = load(byCode, sources, unit, period).rules();
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		indicators.forEach(code -> values.put(code,
				rules.actualToDate(code, unit.code(), period.getYear(), period.getMonthValue())));
		return values;
	}

	/** One target of the plan as the plan's report has it, and its chart from the rollups of its own sources. */
	@Transactional(readOnly = true)
	public TargetDetail target(OrgUnit unit, String indicatorCode, YearMonth period) {
		Plan plan = plan(unit, period);
		Target target = target(plan, indicatorCode);
		IndicatorProgress progress = report(unit, period).indicators()
			.stream()
			.filter(indicator -> indicator.code().equals(indicatorCode))
			.findFirst()
			.orElseThrow();
		Map<String, Indicator> byCode = byCode();
		Loaded loaded = load(byCode, sources(byCode, indicatorCode), unit, period);
		return new TargetDetail(progress, loaded.rules().series(indicatorCode, rule(target), unit.code(), period));
	}

	private ProgressReport report(OrgUnit unit, YearMonth period, Plan plan, Loaded loaded) {
		Map<String, String> explanations = explanations(loaded, plan, unit, period);
		Map<Long, String> sectorCodes = this.catalogue.findSectors()
			.stream()
			.collect(Collectors.toMap(Sector::id, Sector::code));
		ProgressRules rules = loaded.rules();
		List<IndicatorProgress> indicators = plan.targets().stream().map(target -> {
			Indicator indicator = loaded.indicators().get(target.indicatorCode());
			Evaluation evaluation = rules.evaluate(indicator.code(), rule(target), unit.code(), period);
			return new IndicatorProgress(indicator.code(), indicator.name(), indicator.nameEn(), indicator.unit(),
					indicator.sectorId() == null ? null : sectorCodes.get(indicator.sectorId()), indicator.decimals(),
					evaluation.target(), evaluation.expected(), evaluation.actual(), evaluation.status(),
					evaluation.lastYear(), evaluation.delta(), evaluation.deltaPercent(), evaluation.percentOfPlan(),
					evaluation.projection(), explanations.get(indicator.code()), toleranceApplied(indicator, evaluation));
		}).toList();
		int onTrack = (int) indicators.stream().filter(progress -> progress.status().onSchedule()).count();
		DateRange window = this.reportingWindow.month(period);
		return new ProgressReport(unit.code(), unit.name(), period.toString(),
				new ProgressReport.Window(window.from(), window.to()), new ProgressReport.Summary(onTrack, indicators.size()),
				plan.code(), plan.resolution(), indicators);
	}

	/** The indicator's tolerance when the status rests on it: on track although short of the plan to date. */
	private static BigDecimal toleranceApplied(Indicator indicator, Evaluation evaluation) {
		if (evaluation.status() != Status.ON_TRACK || indicator.tolerance() == null
				|| indicator.tolerance().signum() == 0 || evaluation.actual() == null || evaluation.expected() == null) {
			return null;
		}
		int comparison = evaluation.actual().compareTo(evaluation.expected());
		boolean shortOfPlan = (indicator.polarity() == Polarity.HIGHER) ? comparison < 0 : comparison > 0;
		return shortOfPlan ? indicator.tolerance() : null;
	}

	private static Target target(Plan plan, String indicatorCode) {
		return plan.targets()
			.stream()
			.filter(t -> t.indicatorCode().equals(indicatorCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("progress.noTarget", indicatorCode, plan.code()));
	}

	/**
	 * The value to date a formula not yet saved would have at the unit: evaluated, as a computed
	 * indicator is, over its components' rollups at the unit.
	 */
	@Transactional(readOnly = true)
	public BigDecimal formulaToDate(Formula formula, TimeAggregation time, OrgUnit unit, YearMonth month) {
		IndicatorRule candidate = new IndicatorRule(CANDIDATE, IndicatorKind.COMPUTED, formula, time,
				SpaceAggregation.NONE, Polarity.HIGHER, null);
		Map<String, Indicator> byCode = byCode();
		Set<String> sources = new LinkedHashSet<>();
		formula.components().forEach(component -> sources.addAll(sources(byCode, component)));
		Loaded loaded = load(byCode, sources, unit, month);
		return new ProgressRules((code) -> CANDIDATE.equals(code) ? candidate : loaded.catalogue().apply(code),
				loaded.yearToDate()).actualToDate(CANDIDATE, unit.code(), month.getYear(), month.getMonthValue());
	}

	/** A target evaluated at the month, and its months 1..12 for a chart. */
	public record TargetDetail(IndicatorProgress progress, List<MonthPoint> series) {
	}

	/**
	 * The owner department's explanation of each target: the comments on its latest counted values at
	 * the unit up to the reporting month; for a computed indicator, on its components' latest values.
	 */
	private Map<String, String> explanations(Loaded loaded, Plan plan, OrgUnit unit, YearMonth period) {
		Map<Long, LatestComment> latest = this.dataValues.latestComments(loaded.sources(), unit.id(), period.getYear(),
				period.getMonthValue());
		Map<String, String> explanations = new HashMap<>();
		for (Target target : plan.targets()) {
			List<LatestComment> values = sources(loaded.indicators(), target.indicatorCode()).stream()
				.map(loaded.indicators()::get)
				.filter(Objects::nonNull)
				.map(indicator -> latest.get(indicator.id()))
				.filter(Objects::nonNull)
				.toList();
			int month = values.stream().mapToInt(LatestComment::month).max().orElse(0);
			String comments = values.stream()
				.filter(value -> value.month() == month && value.comment() != null && !value.comment().isBlank())
				.map(LatestComment::comment)
				.distinct()
				.collect(Collectors.joining("; "));
			if (!comments.isEmpty()) {
				explanations.put(target.indicatorCode(), comments);
			}
		}
		return explanations;
	}

	/** The entered indicators an indicator's value comes from: itself, or its formula's components. */
	private static Set<String> sources(Map<String, Indicator> indicators, String code) {
		Indicator indicator = indicators.get(code);
		if (indicator == null || !indicator.computed()) {
			return Set.of(code);
		}
		Set<String> sources = new LinkedHashSet<>();
		indicator.parsedFormula().components().forEach(component -> sources.addAll(sources(indicators, component)));
		return sources;
	}

	private Plan plan(OrgUnit unit, YearMonth period) {
		return this.plans.inForce(unit.id(), period)
			.orElseThrow(() -> new NotFoundException("progress.noPlan", unit.name(), period.getYear()));
	}

	/** The catalogue and the rollups the plan's targets read at the unit. */
	private Loaded load(OrgUnit unit, YearMonth period, Plan plan) {
		Map<String, Indicator> byCode = byCode();
		Set<String> sources = new LinkedHashSet<>();
		plan.targets().forEach(target -> sources.addAll(sources(byCode, target.indicatorCode())));
		return load(byCode, sources, unit, period);
	}

	/**
	 * The rollups of the raw {@code sources} at the unit in the year and the year before, on the
	 * boundaries of the reporting month, in one query; and the rules of the indicators read, each
	 * computed indicator's formula parsed once.
	 */
	private Loaded load(Map<String, Indicator> byCode, Set<String> sources, OrgUnit unit, YearMonth period) {
		Map<Long, String> codes = new HashMap<>();
		sources.stream()
			.map(byCode::get)
			.filter(Objects::nonNull)
			.forEach(indicator -> codes.put(indicator.id(), indicator.code()));
		List<Rollup> rollups = this.rollups.read(period.atEndOfMonth(), codes.keySet(), unit.id(), period.getYear())
			.stream()
			.map(row -> new Rollup(codes.get(row.indicatorId()), unit.code(), row.year(), row.toDate(),
					row.monthsSummed()))
			.toList();
		Map<String, IndicatorRule> rules = new HashMap<>();
		Function<String, IndicatorRule> catalogue = code -> rules.computeIfAbsent(code,
				(known) -> byCode.containsKey(known) ? rule(byCode.get(known)) : null);
		return new Loaded(byCode, codes.keySet(), catalogue, new RolledUpYearToDate(rollups));
	}

	private Map<String, Indicator> byCode() {
		return this.catalogue.findAll().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
	}

	static IndicatorRule rule(Indicator indicator) {
		return new IndicatorRule(indicator.code(), indicator.kind(), indicator.parsedFormula(),
				indicator.timeAggregation(), indicator.spaceAggregation(), indicator.polarity(), indicator.tolerance());
	}

	private static TargetRule rule(Target target) {
		return new TargetRule(target.value(), target.schedule(), target.planned());
	}

	private record ReportKey(long unitId, YearMonth month) {
	}

	/** @param sources the ids of the raw indicators the plan's targets come from */
	private record Loaded(Map<String, Indicator> indicators, Set<Long> sources,
			Function<String, IndicatorRule> catalogue, RolledUpYearToDate yearToDate) {

		ProgressRules rules() {
			return new ProgressRules(this.catalogue, this.yearToDate);
		}
	}
}

package org.chitieu.progress.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;
import org.chitieu.database.TopicCache;
import org.chitieu.datavalue.DataValues;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnitType;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.orgunit.Succession;
import org.chitieu.period.Period;
import org.chitieu.period.Periods;
import org.chitieu.period.ReportingWindow;
import org.chitieu.plan.Plan;
import org.chitieu.plan.Plans;
import org.chitieu.plan.Target;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which org unit and month a page (progress, reports) shows when the link does not say: the user's own unit
 * (an ADMIN's: the unit of the newest plan) and its default month ({@link #defaultMonth}).
 */
@Component
public class PageScope {

	private static final Set<OrgUnitType> LOCAL_UNITS = Set.of(OrgUnitType.COMMUNE, OrgUnitType.WARD,
			OrgUnitType.SPECIAL_ZONE);

	private final OrgUnits orgUnits;

	private final Plans plans;

	private final IndicatorCatalogue catalogue;

	private final DataValues dataValues;

	private final AccessPolicy access;

	private final Clock clock;

	private final ReportingWindow reportingWindow;

	/**
	 * The default months found since the figures, the catalogue or the tree last changed: finding one
	 * reads which indicators have figures in every month of the year below the unit.
	 */
	private final TopicCache<Map<DefaultMonthKey, DefaultMonth>> defaultMonths;

	PageScope(OrgUnits orgUnits, Plans plans, IndicatorCatalogue catalogue, DataValues dataValues,
			AccessPolicy access, ReportingWindow reportingWindow, Clock clock, CacheEviction eviction) {
		this.defaultMonths = eviction.cache(EnumSet.of(CacheTopic.FIGURES, CacheTopic.CATALOGUE, CacheTopic.TREE),
				ConcurrentHashMap::new);
		this.reportingWindow = reportingWindow;
		this.orgUnits = orgUnits;
		this.plans = plans;
		this.catalogue = catalogue;
		this.dataValues = dataValues;
		this.access = access;
		this.clock = clock;
	}

	/** The unit named by {@code code}, or the user's default; 404 when unknown, 403 outside their scope. */
	public OrgUnit unit(ChiTieuUser user, String code) {
		OrgUnit unit;
		if (code == null || code.isBlank()) {
			unit = defaultUnit(user);
		}
		else {
			unit = this.orgUnits.findByCode(code.strip())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no org unit " + code));
		}
		this.access.checkRead(user, unit.id());
		return unit;
	}

	/** The month named by {@code key} ("2024-05"), or the unit's default month ({@link #defaultMonth}). */
	public YearMonth period(OrgUnit unit, String key) {
		if (key != null && !key.isBlank()) {
			try {
				return Periods.parseMonth(key.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
			}
		}
		return defaultMonth(unit).month();
	}

	/**
	 * The month a page shows when the link does not say, in the unit's plan year: the unit's latest closed
	 * month; else the latest month whose reporting window ended before today and for which at least half the
	 * plan's targets have figures; else the latest month whose window ended (January when none has). Never
	 * a month whose window is still running.
	 */
	public DefaultMonth defaultMonth(OrgUnit unit) {
		Map<DefaultMonthKey, DefaultMonth> known = this.defaultMonths.get();
		DefaultMonthKey key = new DefaultMonthKey(unit.id(), LocalDate.now(this.clock));
		DefaultMonth month = known.get(key);
		if (month == null) {
			month = findDefaultMonth(unit);
			known.put(key, month);
		}
		return month;
	}

	private DefaultMonth findDefaultMonth(OrgUnit unit) {
		int year = planYear(unit);
		Optional<Integer> closed = this.dataValues.latestClosedMonth(unit.id(), year);
		if (closed.isPresent()) {
			return new DefaultMonth(YearMonth.of(year, closed.get()), DefaultMonth.Reason.CLOSED);
		}
		LocalDate today = LocalDate.now(this.clock);
		int ended = 0;
		while (ended < 12 && this.reportingWindow.month(YearMonth.of(year, ended + 1)).to().isBefore(today)) {
			ended++;
		}
		List<Target> targets = plan(unit, year).or(this::newestPlan)
			.map(Plan::targets)
			.orElse(List.of());
		Map<Integer, Set<Long>> reported = this.dataValues.indicatorsWithFigures(unit.id(), year);
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		for (int month = ended; month >= 1; month--) {
			Set<Long> withFigures = reported.getOrDefault(month, Set.of());
			long covered = targets.stream()
				.filter(target -> sources(indicators, target.indicatorCode()).stream().anyMatch(withFigures::contains))
				.count();
			if (!targets.isEmpty() && 2 * covered >= targets.size()) {
				return new DefaultMonth(YearMonth.of(year, month), DefaultMonth.Reason.REPORTED);
			}
		}
		return new DefaultMonth(YearMonth.of(year, Math.max(ended, 1)), DefaultMonth.Reason.LATEST_WINDOW);
	}

	/** The ids of the entered indicators an indicator's value comes from: itself, or its formula's components. */
	private static Set<Long> sources(Map<String, Indicator> indicators, String code) {
		Indicator indicator = indicators.get(code);
		if (indicator == null) {
			return Set.of();
		}
		if (!indicator.computed()) {
			return Set.of(indicator.id());
		}
		return indicator.parsedFormula()
			.components()
			.stream()
			.flatMap(component -> sources(indicators, component).stream())
			.collect(Collectors.toSet());
	}

	/** A unit's default month is the same all day until its figures, its plan or the tree change. */
	private record DefaultMonthKey(long unitId, LocalDate today) {
	}

	/** The month a page opens on, and why: the page says so. */
	public record DefaultMonth(YearMonth month, Reason reason) {

		public enum Reason {
			/** the unit's latest closed month */
			CLOSED,
			/** the latest month past its reporting window with figures for half the targets */
			REPORTED,
			/** no such month: the latest month past its reporting window */
			LATEST_WINDOW;

			public String messageKey() {
				return "scope.month." + name();
			}
		}

	}

	/** Any period named by {@code key} ("2024-Q1", "2024-05"), or the month {@link #period} picks. */
	public Period reportingPeriod(OrgUnit unit, String key) {
		if (key == null || key.isBlank()) {
			return Period.month(period(unit, key));
		}
		try {
			return Periods.parse(key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	Optional<Plan> plan(OrgUnit unit, int year) {
		return this.plans.find(unit.id(), year);
	}

	/**
	 * The units a user may pick: those of their subtree with a plan in the year, and the communes;
	 * each only in a year it exists or has a series (a unit formed later has its predecessors').
	 */
	public List<OrgUnit> choices(ChiTieuUser user, int year) {
		List<OrgUnit> units = (user.orgUnitId() == null) ? this.orgUnits.findAll()
				: this.orgUnits.subtree(user.orgUnitId());
		Set<Long> planned = this.plans.findAll()
			.stream()
			.filter(plan -> plan.year() == year)
			.map(Plan::orgUnitId)
			.collect(Collectors.toSet());
		Set<Long> validInYear = this.orgUnits.findAll()
			.stream()
			.filter(unit -> unit.validIn(year))
			.map(OrgUnit::id)
			.collect(Collectors.toSet());
		Set<Long> inheriting = this.orgUnits.findSuccessions()
			.stream()
			.filter(succession -> validInYear.contains(succession.fromId()))
			.map(Succession::toId)
			.collect(Collectors.toSet());
		return units.stream()
			.filter(unit -> validInYear.contains(unit.id()) || inheriting.contains(unit.id()))
			.filter(unit -> planned.contains(unit.id()) || LOCAL_UNITS.contains(unit.type()))
			.sorted(Comparator.comparing((OrgUnit unit) -> !planned.contains(unit.id())).thenComparing(OrgUnit::name))
			.toList();
	}

	private OrgUnit defaultUnit(ChiTieuUser user) {
		Optional<Long> id = (user.orgUnitId() != null) ? Optional.of(user.orgUnitId())
				: newestPlan().map(Plan::orgUnitId);
		return id.flatMap(this.orgUnits::findById)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no org unit to show"));
	}

	/** This year when the unit has a plan for it, else the year of its newest plan, else of any newest plan. */
	private int planYear(OrgUnit unit) {
		int thisYear = LocalDate.now(this.clock).getYear();
		List<Plan> all = this.plans.findAll();
		return all.stream()
			.filter(plan -> plan.orgUnitId() == unit.id())
			.map(Plan::year)
			.filter(year -> year == thisYear)
			.findFirst()
			.or(() -> all.stream().filter(plan -> plan.orgUnitId() == unit.id()).map(Plan::year).findFirst())
			.or(() -> all.stream().map(Plan::year).findFirst())
			.orElse(thisYear);
	}

	private Optional<Plan> newestPlan() {
		return this.plans.findAll().stream().findFirst();
	}

}

package org.chitieu.progress.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chitieu.datavalue.DataValue;
import org.chitieu.datavalue.DataValues;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnitType;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Period;
import org.chitieu.period.Periods;
import org.chitieu.plan.Plan;
import org.chitieu.plan.Plans;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which org unit and month a page (progress, reports) shows when the link does not say: the user's own unit
 * (an ADMIN's: the unit of the newest plan) and the latest month with figures in its plan's year.
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

	PageScope(OrgUnits orgUnits, Plans plans, IndicatorCatalogue catalogue, DataValues dataValues,
			AccessPolicy access, Clock clock) {
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

	/** The month named by {@code key} ("2024-05"), or the latest month with figures of the unit's plan year. */
	public YearMonth period(OrgUnit unit, String key) {
		if (key != null && !key.isBlank()) {
			try {
				return Periods.parseMonth(key.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
			}
		}
		int year = planYear(unit);
		return latestMonth(unit.id(), year)
			.or(() -> newestPlan().flatMap(plan -> latestMonth(plan.orgUnitId(), year)))
			.orElseGet(() -> year < LocalDate.now(this.clock).getYear() ? YearMonth.of(year, 12)
					: YearMonth.now(this.clock));
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

	/** The units a user may pick: those of their subtree with a plan in the year, and the communes. */
	public List<OrgUnit> choices(ChiTieuUser user, int year) {
		List<OrgUnit> units = (user.orgUnitId() == null) ? this.orgUnits.findAll()
				: this.orgUnits.subtree(user.orgUnitId());
		Set<Long> planned = this.plans.findAll()
			.stream()
			.filter(plan -> plan.year() == year)
			.map(Plan::orgUnitId)
			.collect(Collectors.toSet());
		return units.stream()
			.filter(unit -> unit.validIn(year) && (planned.contains(unit.id()) || LOCAL_UNITS.contains(unit.type())))
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

	private Optional<YearMonth> latestMonth(long orgUnitId, int year) {
		List<Long> ids = this.catalogue.findAll().stream().map(Indicator::id).toList();
		return this.dataValues.findAll(ids, orgUnitId, year)
			.stream()
			.filter(value -> value.status().counted())
			.map(DataValue::month)
			.max(Integer::compare)
			.map(month -> YearMonth.of(year, month));
	}

}

package org.chitieu.dhis2;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.datavalue.DataValueChange;
import org.chitieu.datavalue.DataValues;
import org.chitieu.dhis2.DataValueSet.DataValue;
import org.chitieu.dhis2.Dhis2Mapping.Kind;
import org.chitieu.dhis2.Identifiers.Scheme;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.indicator.Sector;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counted figures as DHIS2 data values. Monthly periods give the months' figures; a quarter, half
 * year or year gives, per indicator and unit, the months' figures combined by the indicator's time
 * aggregation (a flow summed, a level's latest month, an average's mean).
 */
@Service
class DataValueSetExport {

	/** DHIS2's timestamps: local date and time with milliseconds; ours are written in UTC. */
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
		.withZone(ZoneOffset.UTC);

	private final DataValues store;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final Names names;

	private final AccessPolicy access;

	private final MessageSource messages;

	DataValueSetExport(DataValues store, IndicatorCatalogue catalogue, OrgUnits orgUnits, Names names,
			AccessPolicy access, MessageSource messages) {
		this.store = store;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.names = names;
		this.access = access;
		this.messages = messages;
	}

	/** What a GET asks for, as DHIS2 names its parameters. */
	record Query(List<String> dataElements, List<String> dataElementGroups, List<String> orgUnits, boolean children,
			List<String> periods, LocalDate startDate, LocalDate endDate, Scheme dataElementIdScheme,
			Scheme orgUnitIdScheme) {
	}

	/** A request that cannot be answered: the status and DHIS2's message. */
	static final class Refused extends RuntimeException {

		private final HttpStatus status;

		Refused(HttpStatus status, String message) {
			super(message);
			this.status = status;
		}

		WebMessage answer() {
			return WebMessage.error(this.status, getMessage());
		}

		HttpStatus status() {
			return this.status;
		}

	}

	@Transactional(readOnly = true)
	public List<DataValue> export(ChiTieuUser user, Query query, Locale locale) {
		Names.Snapshot names = this.names.now();
		Identifiers identifiers = names.identifiers();
		List<Indicator> indicators = indicators(query, List.copyOf(names.indicators().values()), names.indicators(),
				identifiers, locale);
		List<OrgUnit> units = units(user, query, names.units(), identifiers, locale);
		List<Dhis2Period> periods = periods(query, locale);
		Set<Integer> years = new LinkedHashSet<>();
		periods.forEach(period -> period.monthsCovered().forEach(month -> years.add(month.getYear())));
		List<Long> indicatorIds = indicators.stream().map(Indicator::id).toList();
		Map<Long, Indicator> indicatorsById = indicators.stream()
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		Writer writer = new Writer(identifiers, query);
		List<DataValue> values = new ArrayList<>();
		for (OrgUnit unit : units) {
			// figure key (indicator, month) → the counted value
			Map<Long, Map<YearMonth, Figure>> figures = new HashMap<>();
			for (int year : years) {
				// findAll gives counted values only
				for (org.chitieu.datavalue.DataValue value : this.store.findAll(indicatorIds, unit.id(), year)) {
					figures.computeIfAbsent(value.indicatorId(), id -> new TreeMap<>())
						.put(YearMonth.of(value.year(), value.month()), new Figure(value, null));
				}
			}
			for (Indicator indicator : indicators) {
				Map<YearMonth, Figure> months = figures.getOrDefault(indicator.id(), Map.of());
				if (months.isEmpty()) {
					continue;
				}
				Map<YearMonth, Instant> created = created(indicator, unit, months.keySet());
				for (Dhis2Period period : periods) {
					List<Figure> covered = new ArrayList<>();
					for (YearMonth month : period.monthsCovered()) {
						Figure figure = months.get(month);
						if (figure != null) {
							covered.add(new Figure(figure.value(), created.get(month)));
						}
					}
					if (!covered.isEmpty()) {
						values.add(writer.value(indicatorsById.get(indicator.id()), unit, period, covered));
					}
				}
			}
		}
		return values;
	}

	/** When each figure was first entered: the earliest line of its history. */
	private Map<YearMonth, Instant> created(Indicator indicator, OrgUnit unit, Set<YearMonth> months) {
		Map<YearMonth, Instant> created = new HashMap<>();
		for (int year : months.stream().map(YearMonth::getYear).collect(Collectors.toSet())) {
			for (DataValueChange change : this.store.history(indicator.id(), unit.id(), year)) {
				created.merge(YearMonth.of(change.year(), change.month()), change.changedAt(),
						(a, b) -> a.isBefore(b) ? a : b);
			}
		}
		return created;
	}

	private List<Indicator> indicators(Query query, List<Indicator> all, Map<String, Indicator> byCode,
			Identifiers identifiers, Locale locale) {
		Set<Indicator> chosen = new LinkedHashSet<>();
		for (String element : query.dataElements()) {
			String code = identifiers.ours(Kind.DATA_ELEMENT, element);
			if (code == null) {
				throw refused(HttpStatus.CONFLICT, "dhis2.conflict.dataElement", locale, element);
			}
			chosen.add(byCode.get(code));
		}
		if (!query.dataElementGroups().isEmpty()) {
			Map<String, Long> sectors = this.catalogue.findSectors()
				.stream()
				.collect(Collectors.toMap(Sector::code, Sector::id));
			for (String group : query.dataElementGroups()) {
				Long sector = sectors.get(group);
				if (sector == null) {
					throw refused(HttpStatus.CONFLICT, "dhis2.export.dataElementGroup", locale, group);
				}
				all.stream().filter(i -> sector.equals(i.sectorId())).forEach(chosen::add);
			}
		}
		return chosen.isEmpty() && query.dataElements().isEmpty() && query.dataElementGroups().isEmpty() ? all
				: List.copyOf(chosen);
	}

	private List<OrgUnit> units(ChiTieuUser user, Query query, Map<String, OrgUnit> byCode, Identifiers identifiers,
			Locale locale) {
		if (query.orgUnits().isEmpty()) {
			throw refused(HttpStatus.CONFLICT, "dhis2.export.orgUnitRequired", locale);
		}
		Map<Long, OrgUnit> chosen = new LinkedHashMap<>();
		for (String identifier : query.orgUnits()) {
			String code = identifiers.ours(Kind.ORG_UNIT, identifier);
			if (code == null) {
				throw refused(HttpStatus.CONFLICT, "dhis2.conflict.orgUnit", locale, identifier);
			}
			OrgUnit unit = byCode.get(code);
			if (!this.access.canRead(user, unit.id())) {
				throw refused(HttpStatus.FORBIDDEN, "dhis2.export.scope", locale, identifier);
			}
			List<OrgUnit> units = query.children() ? this.orgUnits.subtree(unit.id()) : List.of(unit);
			units.forEach(u -> chosen.putIfAbsent(u.id(), u));
		}
		return List.copyOf(chosen.values());
	}

	private List<Dhis2Period> periods(Query query, Locale locale) {
		if (!query.periods().isEmpty()) {
			List<Dhis2Period> periods = new ArrayList<>();
			for (String period : query.periods()) {
				try {
					periods.add(Dhis2Period.parse(period));
				}
				catch (IllegalArgumentException ex) {
					throw refused(HttpStatus.CONFLICT, "dhis2.conflict.period", locale, period);
				}
			}
			return periods;
		}
		if (query.startDate() == null || query.endDate() == null) {
			throw refused(HttpStatus.CONFLICT, "dhis2.export.periodRequired", locale);
		}
		// the months that lie wholly between the dates, as DHIS2 chooses periods for a time span
		List<Dhis2Period> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(query.startDate()); !month.atEndOfMonth().isAfter(query.endDate());
				month = month.plusMonths(1)) {
			if (!month.atDay(1).isBefore(query.startDate())) {
				months.add(Dhis2Period.of(month));
			}
		}
		return months;
	}

	private Refused refused(HttpStatus status, String key, Locale locale, Object... arguments) {
		return new Refused(status, this.messages.getMessage(key, arguments, locale));
	}

	private record Figure(org.chitieu.datavalue.DataValue value, Instant created) {
	}

	/** Writes figures in DHIS2's shape and identifiers. */
	private static final class Writer {

		private final Identifiers identifiers;

		private final Query query;

		Writer(Identifiers identifiers, Query query) {
			this.identifiers = identifiers;
			this.query = query;
		}

		DataValue value(Indicator indicator, OrgUnit unit, Dhis2Period period, List<Figure> covered) {
			Figure latest = covered.stream()
				.max(Comparator.comparing((Figure f) -> f.value().updatedAt()))
				.orElseThrow();
			Instant created = covered.stream()
				.map(f -> f.created() == null ? f.value().updatedAt() : f.created())
				.min(Comparator.naturalOrder())
				.orElseThrow();
			BigDecimal value;
			String comment;
			if (period.monthly()) {
				value = covered.get(0).value().value();
				comment = covered.get(0).value().comment();
			}
			else {
				TreeMap<Integer, BigDecimal> months = new TreeMap<>();
				covered.forEach(f -> months.put(f.value().month(), f.value().value()));
				value = indicator.timeAggregation().over(months);
				comment = null;
			}
			String combo = this.query.dataElementIdScheme() == Scheme.CODE ? "default"
					: DataValueSetImport.DEFAULT_COMBO_UID;
			return new DataValue(this.identifiers.dhis2(Kind.DATA_ELEMENT, indicator.code(), this.query.dataElementIdScheme()),
					period.key(), this.identifiers.dhis2(Kind.ORG_UNIT, unit.code(), this.query.orgUnitIdScheme()), combo,
					combo, text(value), latest.value().updatedBy(), TIMESTAMP.format(created),
					TIMESTAMP.format(latest.value().updatedAt()), comment, false);
		}

		private static String text(BigDecimal value) {
			BigDecimal plain = value.stripTrailingZeros();
			return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
		}

	}

}

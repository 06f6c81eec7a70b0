package org.chitieu.datavalue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chitieu.datavalue.DataValueController.Counted;
import org.chitieu.datavalue.DataValueController.FigureView;
import org.chitieu.datavalue.DataValueController.Revision;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Periods;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.stereotype.Component;

/** Reads figures for {@code GET /api/v1/datavalues}: a unit (and the units below it), a month or a year. */
@Component
class FigureQuery {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private final DataValues values;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	FigureQuery(DataValues values, IndicatorCatalogue catalogue, OrgUnits orgUnits, AccessPolicy access) {
		this.values = values;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.access = access;
	}

	List<FigureView> figures(ChiTieuUser user, String orgUnit, String indicatorCode, String period,
			boolean children) {
		OrgUnit unit = this.orgUnits.findByCode(orgUnit)
			.orElseThrow(() -> new NotFoundException("datavalue.unknownOrgUnit", orgUnit));
		this.access.checkRead(user, unit.id());
		List<Indicator> indicators = this.catalogue.findAll();
		if (indicatorCode != null && !indicatorCode.isBlank()) {
			indicators = indicators.stream().filter(indicator -> indicator.code().equals(indicatorCode)).toList();
			if (indicators.isEmpty()) {
				throw new NotFoundException("datavalue.unknownIndicator", indicatorCode);
			}
		}
		int year;
		Integer month;
		if (period != null && YEAR.matcher(period).matches()) {
			year = Integer.parseInt(period);
			month = null;
		}
		else {
			YearMonth parsed = parse(period);
			year = parsed.getYear();
			month = parsed.getMonthValue();
		}
		List<OrgUnit> units = children ? this.orgUnits.subtree(unit.id()) : List.of(unit);
		Map<Long, String> unitCodes = units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
		Map<Long, Indicator> byId = indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
		List<FigureView> views = new ArrayList<>();
		this.values.figures(byId.keySet(), unitCodes.keySet(), year, month)
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparingInt(FigureKey::month)
				.thenComparing(key -> unitCodes.get(key.orgUnitId()))
				.thenComparing(key -> byId.get(key.indicatorId()).code())))
			.forEach(entry -> {
				FigureKey key = entry.getKey();
				Figure figure = entry.getValue();
				DataValue counted = figure.counted();
				DataValue revision = figure.revision();
				views.add(new FigureView(byId.get(key.indicatorId()).code(), unitCodes.get(key.orgUnitId()),
						YearMonth.of(key.year(), key.month()).toString(),
						counted == null ? null : new Counted(counted.value(), counted.status(), counted.comment(),
								counted.updatedBy(), counted.updatedAt()),
						revision == null ? null : new Revision(revision.value(), revision.status(), revision.comment(),
								revision.returnReason(), revision.updatedBy(), revision.updatedAt())));
			});
		return views;
	}

	private static YearMonth parse(String period) {
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException("datavalue.invalid",
					InputError.of("period", "datavalue.periodOrYear", String.valueOf(period)));
		}
	}

}

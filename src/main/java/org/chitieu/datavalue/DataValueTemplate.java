package org.chitieu.datavalue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.NotFoundException;
import org.chitieu.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import template of a unit and year ({@code GET /api/v1/datavalues/template}): on its first sheet
 * the import header, then one row per indicator the unit enters × open month, with the counted value
 * filled in; names beside the codes, after the five columns the import reads. Closed months (khóa sổ)
 * sit on a sheet of their own, grey and locked, which the import does not read, so the file uploads
 * unchanged. A second sheet says how to fill it in.
 */
@Component
class DataValueTemplate {

	/** Columns after the import's five: the indicator's name, its unit of measure, the unit's name. */
	private static final List<String> NAMES = List.of("template.indicatorName", "template.measure",
			"template.unitName");

	private final DataValues values;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final MessageSource messages;

	DataValueTemplate(DataValues values, IndicatorCatalogue catalogue, OrgUnits orgUnits, AccessPolicy access,
			MessageSource messages) {
		this.values = values;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.access = access;
		this.messages = messages;
	}

	/** The template; 404 for an unknown unit or agency, 403 outside the user's scope or agency. */
	@Transactional(readOnly = true)
	byte[] workbook(ChiTieuUser user, String orgUnit, int year, String agencyCode, Locale locale) {
		OrgUnit unit = this.orgUnits.findByCode(Objects.toString(orgUnit, ""))
			.orElseThrow(() -> new NotFoundException("datavalue.unknownOrgUnit", orgUnit));
		this.access.checkRead(user, unit.id());
		Long agency = agency(user, agencyCode);
		// an agency's indicators are entered in its unit's subtree: the unit's own and those above it
		Map<Long, Long> parents = new HashMap<>();
		this.orgUnits.findAll().stream().filter(u -> u.parentId() != null).forEach(u -> parents.put(u.id(), u.parentId()));
		Set<Long> unitAndAbove = new HashSet<>();
		Long above = unit.id();
		while (above != null && unitAndAbove.add(above)) {
			above = parents.get(above);
		}
		Set<Long> agenciesAbove = this.orgUnits.findAgencies()
			.stream()
			.filter(candidate -> unitAndAbove.contains(candidate.orgUnitId()))
			.map(Agency::id)
			.collect(Collectors.toSet());
		List<Indicator> indicators = this.catalogue.findAll()
			.stream()
			.filter(indicator -> indicator.entered() && indicator.entryChecks().enteredAt(unit.type()))
			.filter(indicator -> indicator.agencyId() == null || agenciesAbove.contains(indicator.agencyId()))
			.filter(indicator -> agency == null || agency.equals(indicator.agencyId()))
			.toList();
		List<YearMonth> months = IntStream.rangeClosed(1, 12)
			.mapToObj(month -> YearMonth.of(year, month))
			.filter(month -> DataValueService.touches(unit, month))
			.toList();
		int closedUpTo = this.values.latestClosedMonth(unit.id(), year).orElse(0);
		Map<FigureKey, Figure> figures = this.values.figures(indicators.stream().map(Indicator::id).toList(),
				List.of(unit.id()), year, null);
		XSSFWorkbook workbook = new XSSFWorkbook();
		Spreadsheets sheets = new Spreadsheets(workbook);
		XSSFSheet open = sheet(workbook, sheets, text("template.sheet", locale), locale, false);
		instructions(workbook, sheets, unit, year, closedUpTo, locale);
		XSSFSheet closed = closedUpTo == 0 ? null : sheet(workbook, sheets, text("template.closedSheet", locale), locale, true);
		for (YearMonth month : months) {
			boolean isClosed = month.getMonthValue() <= closedUpTo;
			XSSFSheet sheet = isClosed ? closed : open;
			for (Indicator indicator : indicators) {
				Figure figure = figures.get(FigureKey.of(indicator.id(), unit.id(), month));
				DataValue counted = figure == null ? null : figure.counted();
				Row row = sheet.createRow(sheet.getLastRowNum() + 1);
				// a closed month's cells are all grey and locked; an open month's value and comment are to fill in
				CellStyle label = isClosed ? sheets.closed(null) : sheets.text(false);
				CellStyle comment = isClosed ? label : sheets.text(true);
				sheets.text(row, 0, indicator.code(), label);
				sheets.text(row, 1, unit.code(), label);
				sheets.text(row, 2, month.toString(), label);
				sheets.number(row, 3, counted == null ? null : counted.value(),
						isClosed ? sheets.closed(indicator.decimals()) : sheets.number(indicator.decimals(), true));
				sheets.text(row, 4, counted == null ? null : counted.comment(), comment);
				sheets.text(row, 5, indicator.name(locale.getLanguage()), label);
				sheets.text(row, 6, indicator.unit(), label);
				sheets.text(row, 7, unit.name(), label);
				if (isClosed) {
					sheets.text(row, 8, text("template.closedMark", locale), sheets.closed(null));
				}
			}
		}
		return Spreadsheets.bytes(workbook);
	}

	/**
	 * The agency whose indicators the template lists: the one asked for, which a reporter or head may
	 * only ask for when it is their own; theirs when they ask for none; every agency for the others.
	 */
	private Long agency(ChiTieuUser user, String code) {
		boolean ownOnly = user.is(Role.REPORTER) || user.is(Role.AGENCY_HEAD);
		if (code == null || code.isBlank()) {
			return ownOnly ? user.agencyId() : null;
		}
		Agency agency = this.orgUnits.findAgencies()
			.stream()
			.filter(candidate -> candidate.code().equals(code.strip()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("template.unknownAgency", code));
		if (ownOnly && !Objects.equals(agency.id(), user.agencyId())) {
			throw new AccessDeniedException("a reporter's template lists their own agency's indicators");
		}
		return agency.id();
	}

	private XSSFSheet sheet(XSSFWorkbook workbook, Spreadsheets sheets, String name, Locale locale, boolean closed) {
		XSSFSheet sheet = workbook.createSheet(name);
		List<String> titles = new ArrayList<>(DataValueImport.HEADER);
		NAMES.forEach(key -> titles.add(text(key, locale)));
		if (closed) {
			titles.add(text("template.closedColumn", locale));
			// protected without a password: the grey cells say they cannot be changed, not that they are secret
			sheet.enableLocking();
		}
		sheets.header(sheet, 0, titles, 16, 16, 10, 14, 30, 45, 12, 30, 14);
		return sheet;
	}

	/** Vietnamese first, then English, whatever the reader's language: the file is passed on. */
	private void instructions(XSSFWorkbook workbook, Spreadsheets sheets, OrgUnit unit, int year, int closedUpTo,
			Locale locale) {
		XSSFSheet sheet = workbook.createSheet(text("template.instructionsSheet", locale));
		sheet.setColumnWidth(0, 120 * 256);
		int next = 0;
		for (Locale language : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
			sheets.text(sheet.createRow(next++), 0, text("template.instructionsTitle", language, unit.name(), year),
					sheets.title());
			List<String> lines = new ArrayList<>(List.of(text("template.instructions", language).split("\\|")));
			if (closedUpTo > 0) {
				lines.add(text("template.instructionsClosed", language, closedUpTo, year));
			}
			for (String line : lines) {
				Row row = sheet.createRow(next++);
				sheets.text(row, 0, line.strip(), sheets.wrapped());
			}
			next++;
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}

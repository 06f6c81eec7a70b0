package org.chitieu.datavalue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.datavalue.DataValueController.FigureView;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures of {@code GET /api/v1/datavalues} as a file: CSV in the import's own format (the five
 * columns, a point as decimal separator), so it imports again as it is; XLSX with the same five columns
 * first, the counted values as numeric cells in Vietnamese formats, then the status, the value waiting
 * for approval and the names.
 */
@Component
class FigureExport {

	private static final List<String> EXTRA = List.of("export.status", "export.pending", "template.indicatorName",
			"template.measure", "template.unitName");

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final MessageSource messages;

	FigureExport(IndicatorCatalogue catalogue, OrgUnits orgUnits, MessageSource messages) {
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.messages = messages;
	}

	/** The counted values only: a figure that counts nothing yet has no value to import again. */
	byte[] csv(List<FigureView> figures) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader(DataValueImport.HEADER.toArray(String[]::new))
			.setRecordSeparator("\n")
			.get())) {
			for (FigureView figure : figures) {
				if (figure.counted() != null) {
					printer.printRecord(figure.indicator(), figure.orgUnit(), figure.period(),
							figure.counted().value().stripTrailingZeros().toPlainString(), figure.counted().comment());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(List<FigureView> figures, Locale locale) {
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Map<String, OrgUnit> units = this.orgUnits.findAll()
			.stream()
			.collect(Collectors.toMap(OrgUnit::code, Function.identity()));
		XSSFWorkbook workbook = new XSSFWorkbook();
		Spreadsheets sheets = new Spreadsheets(workbook);
		XSSFSheet sheet = workbook.createSheet(this.messages.getMessage("export.sheet", null, locale));
		List<String> titles = new ArrayList<>(DataValueImport.HEADER);
		EXTRA.forEach(key -> titles.add(this.messages.getMessage(key, null, locale)));
		sheets.header(sheet, 0, titles, 16, 16, 10, 14, 30, 14, 14, 45, 12, 30);
		for (FigureView figure : figures) {
			Indicator indicator = indicators.get(figure.indicator());
			int decimals = indicator.decimals();
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			sheets.text(row, 0, figure.indicator(), sheets.text(true));
			sheets.text(row, 1, figure.orgUnit(), sheets.text(true));
			sheets.text(row, 2, figure.period(), sheets.text(true));
			sheets.number(row, 3, figure.counted() == null ? null : figure.counted().value(), sheets.number(decimals, true));
			sheets.text(row, 4, figure.counted() == null ? null : figure.counted().comment(), sheets.text(true));
			sheets.text(row, 5, status(figure, locale), sheets.text(true));
			sheets.number(row, 6, figure.revision() == null ? null : figure.revision().value(),
					sheets.number(decimals, true));
			sheets.text(row, 7, indicator.name(locale.getLanguage()), sheets.text(true));
			sheets.text(row, 8, indicator.unit(), sheets.text(true));
			sheets.text(row, 9, units.get(figure.orgUnit()).name(), sheets.text(true));
		}
		return Spreadsheets.bytes(workbook);
	}

	/** The counted value's status, and the revision's when one waits. */
	private String status(FigureView figure, Locale locale) {
		String counted = figure.counted() == null ? ""
				: this.messages.getMessage("dvstatus." + figure.counted().status(), null, locale);
		String revision = figure.revision() == null ? ""
				: this.messages.getMessage("dvstatus." + figure.revision().status(), null, locale);
		return counted.isEmpty() || revision.isEmpty() ? counted + revision : counted + "; " + revision;
	}

}

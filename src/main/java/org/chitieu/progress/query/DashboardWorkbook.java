package org.chitieu.progress.query;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.progress.query.DashboardController.SectorGroup;
import org.chitieu.web.Spreadsheets;
import org.chitieu.web.VietnameseFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's table as a spreadsheet: the unit, month, headline, plan resolution and data window in
 * the title rows, then the targets under their sectors with numbers as numeric cells in Vietnamese
 * formats (each indicator's decimals) and percentages as percent cells.
 */
@Component
class DashboardWorkbook {

	private static final List<String> COLUMNS = List.of("col.indicator", "col.unit", "col.target", "col.expected",
			"col.actual", "col.percentOfPlan", "col.status", "col.lastYear", "col.delta", "col.deltaPercent");

	private static final int[] WIDTHS = { 50, 12, 14, 14, 14, 12, 18, 14, 14, 14 };

	/** Title, headline, plan, window, a blank line, then the column headers. */
	private static final int HEADER_ROW = 5;

	private final MessageSource messages;

	private final VietnameseFormat format;

	DashboardWorkbook(MessageSource messages, VietnameseFormat format) {
		this.messages = messages;
		this.format = format;
	}

	byte[] render(ProgressReport report, YearMonth month, List<SectorGroup> groups, Locale locale) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Spreadsheets sheets = new Spreadsheets(workbook);
		XSSFSheet sheet = workbook.createSheet(text("dashboard.sheet", locale));
		title(sheet, sheets, 0, text("dashboard.heading", locale, report.orgUnitName(), month.getMonthValue(),
				month.getYear()));
		title(sheet, sheets, 1, report.summary().onTrack() + "/" + report.summary().total() + " "
				+ text("dashboard.headline", locale));
		title(sheet, sheets, 2, report.resolution() == null ? "" : text("dashboard.plan", locale, report.resolution()));
		title(sheet, sheets, 3, text("dashboard.window", locale, this.format.shortDate(report.window().from()),
				this.format.shortDate(report.window().to())));
		sheets.header(sheet, HEADER_ROW, COLUMNS.stream().map(key -> text(key, locale)).toList(), WIDTHS);
		for (SectorGroup group : groups) {
			if (!group.name().isEmpty()) {
				int at = sheet.getLastRowNum() + 1;
				Row sector = sheet.createRow(at);
				for (int i = 0; i < COLUMNS.size(); i++) {
					sheets.text(sector, i, i == 0 ? group.name() : "", sheets.section());
				}
				sheet.addMergedRegion(new CellRangeAddress(at, at, 0, COLUMNS.size() - 1));
			}
			for (IndicatorProgress indicator : group.indicators()) {
				Row row = sheet.createRow(sheet.getLastRowNum() + 1);
				int decimals = indicator.decimals();
				sheets.text(row, 0, "en".equals(locale.getLanguage()) && indicator.nameEn() != null
						? indicator.nameEn() : indicator.name(), sheets.text(false));
				sheets.text(row, 1, indicator.unit(), sheets.text(false));
				sheets.number(row, 2, indicator.target(), sheets.number(decimals, false));
				sheets.number(row, 3, indicator.expected(), sheets.number(decimals, false));
				sheets.number(row, 4, indicator.actual(), sheets.number(decimals, false));
				sheets.number(row, 5, fraction(indicator.percentOfPlan()), sheets.percent(1));
				sheets.text(row, 6, text("status." + indicator.status().name(), locale), sheets.text(false));
				sheets.number(row, 7, indicator.lastYear(), sheets.number(decimals, false));
				sheets.number(row, 8, indicator.delta(), sheets.signed(decimals));
				sheets.number(row, 9, fraction(indicator.deltaPercent()), sheets.signedPercent(2));
			}
		}
		return Spreadsheets.bytes(workbook);
	}

	private static void title(XSSFSheet sheet, Spreadsheets sheets, int index, String text) {
		sheets.text(sheet.createRow(index), 0, text, sheets.title());
		sheet.addMergedRegion(new CellRangeAddress(index, index, 0, COLUMNS.size() - 1));
	}

	/** 98.98 (percent) as 0.9898, what a percent cell holds. */
	private static BigDecimal fraction(BigDecimal percent) {
		return percent == null ? null : percent.movePointLeft(2);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}

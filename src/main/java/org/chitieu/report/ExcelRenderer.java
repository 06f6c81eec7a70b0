package org.chitieu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.progress.Status;
import org.chitieu.report.ReportDocument.AnnexGroup;
import org.chitieu.report.ReportDocument.AnnexRow;
import org.chitieu.report.ReportDocument.Figure;

import org.springframework.stereotype.Component;

/**
 * The annex as a spreadsheet officials can reuse: numbers are numeric cells in Vietnamese number
 * formats ({@code [$-42A]} is the Vietnamese locale), rows grouped under their sector, the header
 * frozen and repeated on every printed page, A4 landscape one page wide.
 */
@Component
class ExcelRenderer implements ReportRenderer {

	static final String VIETNAMESE = "[$-42A]";

	private static final String FONT = "Times New Roman";

	private static final int COLUMNS = 11;

	/** Title, subtitle, reference, a blank line, then the column headers. */
	static final int HEADER_ROW = 4;

	private static final int[] WIDTHS = { 5, 45, 10, 12, 12, 12, 12, 10, 12, 10, 20 };

	/** Points per line of 11 pt text; rows are given their height, as not every reader fits wrapped text. */
	private static final float LINE_HEIGHT = 15;

	@Override
	public ReportFormat format() {
		return ReportFormat.XLSX;
	}

	@Override
	public byte[] render(ReportDocument report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ReportDocument.Annex annex = report.annex();
			Styles styles = new Styles(workbook);
			XSSFSheet sheet = workbook.createSheet(annex.sheetName());
			for (int i = 0; i < WIDTHS.length; i++) {
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			title(sheet, 0, annex.title(), styles.title);
			title(sheet, 1, annex.subtitle(), styles.title);
			title(sheet, 2, annex.reference(), styles.reference);
			Row head = sheet.createRow(HEADER_ROW);
			head.setHeightInPoints(3 * LINE_HEIGHT);
			List<String> columns = annex.columns();
			for (int i = 0; i < columns.size(); i++) {
				text(head, i, columns.get(i), styles.header);
			}
			sheet.createFreezePane(0, HEADER_ROW + 1);
			sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, COLUMNS - 1));
			// the sector row sits above its indicators, so the outline's summary row is above
			sheet.setRowSumsBelow(false);
			int next = HEADER_ROW + 1;
			for (AnnexGroup group : annex.groups()) {
				Row sector = sheet.createRow(next);
				text(sector, 0, group.sector(), styles.sector);
				for (int i = 1; i < COLUMNS; i++) {
					sector.createCell(i).setCellStyle(styles.sector);
				}
				sheet.addMergedRegion(new CellRangeAddress(next, next, 0, COLUMNS - 1));
				int first = ++next;
				for (AnnexRow row : group.rows()) {
					indicator(sheet.createRow(next++), row, styles);
				}
				if (next > first) {
					sheet.groupRow(first, next - 1);
				}
			}
			PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.setHorizontallyCenter(true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void title(XSSFSheet sheet, int index, String text, CellStyle style) {
		Row row = sheet.createRow(index);
		text(row, 0, text, style);
		sheet.addMergedRegion(new CellRangeAddress(index, index, 0, COLUMNS - 1));
	}

	private static void indicator(Row line, AnnexRow row, Styles styles) {
		Cell number = line.createCell(0);
		number.setCellValue(row.number());
		number.setCellStyle(styles.centred);
		text(line, 1, row.name(), styles.text);
		// about one character per unit of column width at 11 pt
		line.setHeightInPoints(LINE_HEIGHT * Math.max(1, (row.name().length() + WIDTHS[1] - 1) / WIDTHS[1]));
		text(line, 2, row.unit(), styles.centred);
		List<Figure> figures = row.figures();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			Cell cell = line.createCell(3 + i);
			cell.setCellStyle(styles.number(figure));
			if (figure.value() != null) {
				cell.setCellValue(figure.value().doubleValue());
			}
		}
		text(line, 3 + figures.size(), row.assessment(), styles.status.get(row.status()));
	}

	private static void text(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text == null ? "" : text);
		cell.setCellStyle(style);
	}

	/** Every style once per workbook (a workbook holds at most 64,000). */
	private static final class Styles {

		private final XSSFWorkbook workbook;

		final CellStyle title;

		final CellStyle reference;

		final CellStyle header;

		final CellStyle sector;

		final CellStyle text;

		final CellStyle centred;

		final Map<Status, CellStyle> status = new EnumMap<>(Status.class);

		private final Map<String, CellStyle> numbers = new HashMap<>();

		Styles(XSSFWorkbook workbook) {
			this.workbook = workbook;
			this.title = style(font(true, false, 13), HorizontalAlignment.CENTER, false);
			this.reference = style(font(false, true, 12), HorizontalAlignment.CENTER, false);
			this.header = style(font(true, false, 11), HorizontalAlignment.CENTER, true);
			this.header.setWrapText(true);
			fill(this.header, "E7E6E6");
			this.sector = style(font(true, false, 11), HorizontalAlignment.LEFT, true);
			fill(this.sector, "F2F2F2");
			this.text = style(font(false, false, 11), HorizontalAlignment.LEFT, true);
			this.text.setWrapText(true);
			this.centred = style(font(false, false, 11), HorizontalAlignment.CENTER, true);
			for (Status value : Status.values()) {
				CellStyle style = style(font(value == Status.BEHIND, false, 11), HorizontalAlignment.CENTER, true);
				fill(style, StatusColours.of(value));
				this.status.put(value, style);
			}
		}

		/**
		 * "[$-42A]#,##0.00", a percentage "[$-42A]0.00%", a difference with its sign; with as many decimals
		 * as the report prints, so that 585 and 23.600 read in Excel as in Word.
		 */
		CellStyle number(Figure figure) {
			int decimals = figure.shownDecimals();
			String digits = decimals == 0 ? "" : "." + "0".repeat(decimals);
			String format = switch (figure.kind()) {
				case PLAIN -> VIETNAMESE + "#,##0" + digits;
				case PERCENT -> VIETNAMESE + "0" + digits + "%";
				case SIGNED -> VIETNAMESE + "+#,##0" + digits + ";-#,##0" + digits + ";0";
			};
			return this.numbers.computeIfAbsent(format, key -> {
				CellStyle style = style(font(false, false, 11), HorizontalAlignment.RIGHT, true);
				style.setDataFormat(this.workbook.createDataFormat().getFormat(key));
				return style;
			});
		}

		private XSSFFont font(boolean bold, boolean italic, int size) {
			XSSFFont font = this.workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) size);
			font.setBold(bold);
			font.setItalic(italic);
			return font;
		}

		private CellStyle style(XSSFFont font, HorizontalAlignment alignment, boolean bordered) {
			CellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			if (bordered) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		}

		private static void fill(CellStyle style, String rgb) {
			((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb)));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}

	}

}

package org.chitieu.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Spreadsheets people reuse: numbers are numeric cells in Vietnamese number formats ({@code [$-42A]} is
 * the Vietnamese locale, so 9.087 and 98,98% read the Vietnamese way), headers bold on grey, and closed
 * (khóa sổ) cells grey and locked. Each style is made once per workbook (a workbook holds at most 64,000).
 */
public final class Spreadsheets {

	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String VIETNAMESE = "[$-42A]";

	private static final String GREY = "D9D9D9";

	private final XSSFWorkbook workbook;

	private final Map<String, CellStyle> styles = new HashMap<>();

	public Spreadsheets(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	/** "[$-42A]#,##0.00" for two decimals: Excel groups thousands with a dot and writes a decimal comma. */
	public static String numberFormat(int decimals) {
		return VIETNAMESE + "#,##0" + (decimals <= 0 ? "" : "." + "0".repeat(decimals));
	}

	public static String percentFormat(int decimals) {
		return VIETNAMESE + "0" + (decimals <= 0 ? "" : "." + "0".repeat(decimals)) + "%";
	}

	public CellStyle title() {
		return style("title", true, 13, null, null, true);
	}

	public CellStyle header() {
		return style("header", true, 11, "E7E6E6", null, true);
	}

	/** Text; {@code open} cells stay editable when the sheet is protected. */
	public CellStyle text(boolean open) {
		return style("text" + open, false, 11, null, null, !open);
	}

	/** Text that wraps, without borders: instructions. */
	public CellStyle wrapped() {
		return this.styles.computeIfAbsent("wrapped", key -> {
			CellStyle style = this.workbook.createCellStyle();
			style.setWrapText(true);
			return style;
		});
	}

	public CellStyle number(int decimals, boolean open) {
		return style("number" + decimals + open, false, 11, null, numberFormat(decimals), !open);
	}

	/** A difference with its sign: +9.087, -1,5, 0. */
	public CellStyle signed(int decimals) {
		String digits = numberFormat(decimals).substring(VIETNAMESE.length());
		return style("signed" + decimals, false, 11, null, VIETNAMESE + "+" + digits + ";-" + digits + ";0", true);
	}

	/** A section heading inside a table (a sector), on light grey. */
	public CellStyle section() {
		return style("section", true, 11, "F2F2F2", null, true);
	}

	/** A percentage cell holds the fraction (0.9898 for 98,98%). */
	public CellStyle percent(int decimals) {
		return style("percent" + decimals, false, 11, null, percentFormat(decimals), true);
	}

	/** A change in percent with its sign: +14,14%, -10,02%. */
	public CellStyle signedPercent(int decimals) {
		String digits = percentFormat(decimals).substring(VIETNAMESE.length());
		return style("signedPercent" + decimals, false, 11, null, VIETNAMESE + "+" + digits + ";-" + digits + ";" + digits,
				true);
	}

	/** A closed month's cell: grey, locked, with the indicator's number format when {@code decimals} is given. */
	public CellStyle closed(Integer decimals) {
		return style("closed" + decimals, false, 11, GREY, decimals == null ? null : numberFormat(decimals), true);
	}

	/** A table's header row (bold on grey), frozen above its rows, with the columns' widths in characters. */
	public void header(XSSFSheet sheet, int rowIndex, List<String> titles, int... widths) {
		Row row = sheet.createRow(rowIndex);
		for (int i = 0; i < titles.size(); i++) {
			text(row, i, titles.get(i), header());
		}
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, rowIndex + 1);
	}

	public void text(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text == null ? "" : text);
		cell.setCellStyle(style);
	}

	/** A numeric cell; an empty one (still styled) for a missing value. */
	public void number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	/** A file to download, named in Vietnamese if need be (RFC 5987 encoding). */
	public static ResponseEntity<byte[]> attachment(byte[] bytes, String mediaType, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	public static byte[] bytes(XSSFWorkbook workbook) {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CellStyle style(String key, boolean bold, int size, String fill, String format, boolean locked) {
		return this.styles.computeIfAbsent(key, k -> {
			XSSFFont font = this.workbook.createFont();
			font.setFontName("Times New Roman");
			font.setFontHeightInPoints((short) size);
			font.setBold(bold);
			XSSFCellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setLocked(locked);
			if (fill != null) {
				style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(fill)));
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			if (format != null) {
				style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
			}
			if (!"title".equals(key)) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		});
	}

}

package org.chitieu.datavalue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

/**
 * Reads an import file (CSV or XLSX with the header {@code indicator,orgUnit,period,value,comment})
 * row by row into a {@link Rows} sink. Errors name the file's own line numbers, since that is what the
 * person will open.
 * <p>
 * Numbers are written plainly: digits 0–9, an optional leading minus, a point as decimal separator and
 * no thousands separators ({@code 1234.5}); anything else is refused for its row. An empty value deletes
 * the figure (its comment says why); in an XLSX file a row with neither value nor comment is passed over,
 * as a template's unfilled month. A damaged file, in either format, is refused as a whole with a
 * clear message; nothing is written.
 * <p>
 * A workbook is read from its first sheet whose first row names the columns {@code indicator, orgUnit,
 * period, value} (and optionally {@code comment}), in any order and any case; other columns (names beside
 * the codes) and other sheets (instructions) are ignored, and so is a row that gives neither a value nor a
 * comment (a template's row left unfilled).
 */
final class DataValueImport {

	static final List<String> HEADER = List.of("indicator", "orgUnit", "period", "value", "comment");

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

	private DataValueImport() {
	}

	/** Where the rows go as they are read, with the line of the file each comes from. */
	@FunctionalInterface
	interface Rows {

		void add(DataValueRow row, int line) throws IOException;

	}

	static void readCsv(InputStream input, Rows rows) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		Refusals refusals = new Refusals();
		try (var reader = new InputStreamReader(BOMInputStream.builder().setInputStream(input).get(),
				StandardCharsets.UTF_8); CSVParser parser = parse(format, reader)) {
			List<String> names = parser.getHeaderNames();
			if (!names.containsAll(HEADER.subList(0, 4))) {
				throw new InvalidInputException("datavalue.invalid",
						InputError.of("line 1", "datavalue.header", String.join(",", HEADER)));
			}
			Iterator<CSVRecord> records = parser.iterator();
			for (CSVRecord record = next(records); record != null; record = next(records)) {
				int number = (int) record.getRecordNumber() + 1;
				String line = "line " + number;
				String indicator = field(record, "indicator");
				String unit = field(record, "orgUnit");
				String period = field(record, "period");
				String value = field(record, "value");
				String comment = field(record, "comment");
				if (record.size() > names.size()) {
					refusals.add(InputError.of(line, "datavalue.csvFields", record.size(), names.size()),
							new ImportedRow(line, number, indicator, unit, period, value));
					continue;
				}
				// "1,5" unquoted reads as value 1 and comment 5: a comment of digits alone after a whole value
				// is taken for a decimal comma and refused
				if (comment != null && value != null && INTEGER.matcher(value).matches()
						&& DIGITS.matcher(comment).matches()) {
					refusals.add(InputError.of(line + ".value", "datavalue.decimalComma", value, comment),
							new ImportedRow(line, number, indicator, unit, period, value + "," + comment));
					continue;
				}
				BigDecimal amount = number(value);
				if (value != null && amount == null) {
					refusals.add(InputError.of(line + ".value", "datavalue.numberFormat", value),
							new ImportedRow(line, number, indicator, unit, period, value));
				}
				rows.add(new DataValueRow(indicator, unit, period, amount, comment), number);
			}
		}
		catch (UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			throw structure(ex);
		}
		refusals.refuseIfAny();
	}

	private static CSVParser parse(CSVFormat format, InputStreamReader reader) throws IOException {
		try {
			return format.parse(reader);
		}
		catch (CSVException ex) {
			throw structure(new UncheckedIOException(ex));
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw structure(ex);
		}
	}

	/** The next record, or null at the end; a structure error in the file refuses it whole. */
	private static CSVRecord next(Iterator<CSVRecord> records) {
		try {
			return records.hasNext() ? records.next() : null;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw structure(ex);
		}
	}

	/** Commons CSV says what is wrong and where ("(line 3) invalid char between encapsulated token and delimiter"). */
	private static InvalidInputException structure(RuntimeException ex) {
		String detail = (ex.getCause() != null && ex.getCause().getMessage() != null) ? ex.getCause().getMessage()
				: String.valueOf(ex.getMessage());
		return new InvalidInputException("datavalue.invalid", InputError.of("file", "datavalue.csvStructure",
				detail.replaceAll("[\\r\\n]+", " ")));
	}

	private static String field(CSVRecord record, String name) {
		if (!record.isMapped(name) || !record.isSet(name)) {
			return null;
		}
		String text = record.get(name);
		return text.isEmpty() ? null : text;
	}

	static void readXlsx(InputStream input, Rows rows) throws IOException {
		List<DataValueRow> read = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		Refusals refusals = new Refusals();
		DataFormatter text = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(input)) {
			Columns columns = null;
			Sheet sheet = null;
			for (Sheet candidate : workbook) {
				columns = Columns.of(candidate.getRow(candidate.getFirstRowNum()), text);
				if (columns != null) {
					sheet = candidate;
					break;
				}
			}
			if (columns == null) {
				throw new InvalidInputException("datavalue.invalid",
						InputError.of("line 1", "datavalue.header", String.join(",", HEADER)));
			}
			for (Row row : sheet) {
				if (row.getRowNum() == sheet.getFirstRowNum()) {
					continue;
				}
				int number = row.getRowNum() + 1;
				String line = "line " + number;
				String indicator = columns.text(row, "indicator", text).trim();
				String unit = columns.text(row, "orgunit", text).trim();
				String period = columns.text(row, "period", text).trim();
				Cell valueCell = columns.cell(row, "value");
				String valueText = text.formatCellValue(valueCell).trim();
				String comment = columns.text(row, "comment", text);
				if (valueText.isEmpty() && (comment.isBlank() || indicator.isEmpty() && unit.isEmpty())) {
					continue;
				}
				BigDecimal value = numeric(valueCell) ? BigDecimal.valueOf(valueCell.getNumericCellValue())
						: number(valueText);
				if (!valueText.isEmpty() && value == null) {
					refusals.add(InputError.of(line + ".value", "datavalue.numberFormat", valueText),
							new ImportedRow(line, number, indicator, unit, period, valueText));
				}
				read.add(new DataValueRow(indicator, unit, period, value, comment.isBlank() ? null : comment));
				lines.add(number);
			}
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// POI refuses damaged archives, entities (XXE) and zip bombs with an exception of its own
			throw new InvalidInputException("datavalue.invalid", InputError.of("file", "datavalue.xlsxBroken"));
		}
		for (int i = 0; i < read.size(); i++) {
			rows.add(read.get(i), lines.get(i));
		}
		refusals.refuseIfAny();
	}

	/** A number cell, or a formula whose last result is a number. */
	private static boolean numeric(Cell cell) {
		return cell != null && (cell.getCellType() == CellType.NUMERIC
				|| cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC);
	}

	/** A plain number, or null for an empty text or one that is not a plain number. */
	static BigDecimal number(String text) {
		return (text == null || !NUMBER.matcher(text).matches()) ? null : new BigDecimal(text);
	}

	/** Where each named column of a sheet is, from its first row; null unless the four required ones are there. */
	private record Columns(Map<String, Integer> positions) {

		static Columns of(Row header, DataFormatter text) {
			if (header == null) {
				return null;
			}
			Map<String, Integer> positions = new HashMap<>();
			header.forEach(cell -> positions.putIfAbsent(text.formatCellValue(cell).trim().toLowerCase(Locale.ROOT),
					cell.getColumnIndex()));
			return HEADER.subList(0, 4).stream().allMatch(name -> positions.containsKey(name.toLowerCase(Locale.ROOT)))
					? new Columns(positions) : null;
		}

		Cell cell(Row row, String name) {
			Integer position = this.positions.get(name);
			return (position == null) ? null : row.getCell(position);
		}

		String text(Row row, String name, DataFormatter text) {
			return text.formatCellValue(cell(row, name));
		}

	}

	/** The errors found while reading, each with the row as the file has it. */
	private static final class Refusals {

		private final List<InputError> errors = new ArrayList<>();

		private final List<ImportedRow> rows = new ArrayList<>();

		void add(InputError error, ImportedRow row) {
			this.errors.add(error);
			if (this.rows.size() < DataValueService.MAX_ERRORS) {
				this.rows.add(row);
			}
		}

		void refuseIfAny() {
			ImportRefusal.refuseIf(this.errors, this.rows);
		}

	}

}

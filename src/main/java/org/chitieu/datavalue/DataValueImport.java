package org.chitieu.datavalue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * into rows. Errors name the file's own line numbers, since that is what the person will open.
 * <p>
 * Numbers are written plainly: digits 0–9, an optional leading minus, a point as decimal separator and
 * no thousands separators ({@code 1234.5}); anything else is refused for its row. An empty value deletes
 * the figure (its comment says why); in an XLSX file a row with neither value nor comment is passed over,
 * as a template's unfilled month. A damaged file, in either format, is refused as a whole with a
 * clear message; nothing is written.
 */
final class DataValueImport {

	static final List<String> HEADER = List.of("indicator", "orgUnit", "period", "value", "comment");

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

	private DataValueImport() {
	}

	static List<DataValueRow> readCsv(InputStream input) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<DataValueRow> rows = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();
		try (var reader = new InputStreamReader(BOMInputStream.builder().setInputStream(input).get(),
				StandardCharsets.UTF_8); CSVParser parser = parse(format, reader)) {
			List<String> names = parser.getHeaderNames();
			if (!names.containsAll(HEADER.subList(0, 4))) {
				throw new InvalidInputException("datavalue.invalid",
						InputError.of("line 1", "datavalue.header", String.join(",", HEADER)));
			}
			for (CSVRecord record : records(parser)) {
				String line = "line " + (record.getRecordNumber() + 1);
				if (record.size() > names.size()) {
					errors.add(InputError.of(line, "datavalue.csvFields", record.size(), names.size()));
					continue;
				}
				String value = field(record, "value");
				String comment = field(record, "comment");
				// "1,5" unquoted reads as value 1 and comment 5: a comment of digits alone after a whole value
				// is taken for a decimal comma and refused
				if (comment != null && value != null && INTEGER.matcher(value).matches()
						&& DIGITS.matcher(comment).matches()) {
					errors.add(InputError.of(line + ".value", "datavalue.decimalComma", value, comment));
					continue;
				}
				rows.add(new DataValueRow(field(record, "indicator"), field(record, "orgUnit"), field(record, "period"),
						number(value, line, errors), comment));
			}
		}
		catch (UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			throw structure(ex);
		}
		DataValueService.refuseIf(errors);
		return rows;
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

	/** The parser's records, read whole so that a structure error surfaces before any row is used. */
	private static List<CSVRecord> records(CSVParser parser) {
		try {
			return parser.getRecords();
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

	static List<DataValueRow> readXlsx(InputStream input) throws IOException {
		List<DataValueRow> rows = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();
		DataFormatter text = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(input)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			List<String> names = new ArrayList<>();
			if (header != null) {
				header.forEach(cell -> names.add(text.formatCellValue(cell).trim()));
			}
			if (names.size() < 4 || !names.subList(0, 4).equals(HEADER.subList(0, 4))) {
				throw new InvalidInputException("datavalue.invalid",
						InputError.of("line 1", "datavalue.header", String.join(",", HEADER)));
			}
			for (Row row : sheet) {
				if (row.getRowNum() == header.getRowNum()) {
					continue;
				}
				String line = "line " + (row.getRowNum() + 1);
				String indicator = text.formatCellValue(row.getCell(0)).trim();
				String unit = text.formatCellValue(row.getCell(1)).trim();
				// a row with neither value nor comment asks for nothing: a template's month left unfilled
				if (text.formatCellValue(row.getCell(3)).isBlank() && text.formatCellValue(row.getCell(4)).isBlank()) {
					continue;
				}
				Cell valueCell = row.getCell(3);
				BigDecimal value = valueCell != null && valueCell.getCellType() == CellType.NUMERIC
						? BigDecimal.valueOf(valueCell.getNumericCellValue())
						: number(text.formatCellValue(valueCell).trim(), line, errors);
				String comment = text.formatCellValue(row.getCell(4));
				rows.add(new DataValueRow(indicator, unit, text.formatCellValue(row.getCell(2)).trim(), value,
						comment.isBlank() ? null : comment));
			}
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// POI refuses damaged archives, entities (XXE) and zip bombs with an exception of its own
			throw new InvalidInputException("datavalue.invalid", InputError.of("file", "datavalue.xlsxBroken"));
		}
		DataValueService.refuseIf(errors);
		return rows;
	}

	/** A plain number, or null for an empty cell (a deletion). */
	static BigDecimal number(String text, String line, List<InputError> errors) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			errors.add(InputError.of(line + ".value", "datavalue.numberFormat", text));
			return null;
		}
		return new BigDecimal(text);
	}

}

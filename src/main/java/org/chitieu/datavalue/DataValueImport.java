package org.chitieu.datavalue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
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
 */
final class DataValueImport {

	static final List<String> HEADER = List.of("indicator", "orgUnit", "period", "value", "comment");

	private DataValueImport() {
	}

	static List<DataValueRow> readCsv(InputStream input) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		List<DataValueRow> rows = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();
		try (var reader = new InputStreamReader(BOMInputStream.builder().setInputStream(input).get(),
				StandardCharsets.UTF_8); var parser = format.parse(reader)) {
			if (!parser.getHeaderNames().containsAll(HEADER.subList(0, 4))) {
				throw new InvalidInputException("datavalue.invalid",
						InputError.of("line 1", "datavalue.header", String.join(",", HEADER)));
			}
			for (CSVRecord record : parser) {
				String line = "line " + (record.getRecordNumber() + 1);
				String comment = record.isMapped("comment") && record.isSet("comment") ? record.get("comment") : null;
				rows.add(new DataValueRow(record.get("indicator"), record.get("orgUnit"), record.get("period"),
						number(record.get("value"), line, errors), comment));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("datavalue.invalid", errors);
		}
		return rows;
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
				if (indicator.isEmpty() && text.formatCellValue(row.getCell(3)).isBlank()) {
					continue;
				}
				Cell valueCell = row.getCell(3);
				BigDecimal value = valueCell != null && valueCell.getCellType() == CellType.NUMERIC
						? BigDecimal.valueOf(valueCell.getNumericCellValue())
						: number(text.formatCellValue(valueCell), line, errors);
				String comment = text.formatCellValue(row.getCell(4));
				rows.add(new DataValueRow(indicator, text.formatCellValue(row.getCell(1)).trim(),
						text.formatCellValue(row.getCell(2)).trim(), value, comment.isBlank() ? null : comment));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("datavalue.invalid", errors);
		}
		return rows;
	}

	private static BigDecimal number(String text, String line, List<InputError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			errors.add(InputError.of(line + ".value", "datavalue.notANumber", text));
			return null;
		}
	}

}

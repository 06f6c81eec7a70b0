package org.chitieu.datavalue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the XLSX reader takes from a filled-in template. */
class DataValueImportTests {

	@Test
	void a_template_row_left_without_value_and_comment_asks_for_nothing_while_names_and_other_sheets_are_not_read()
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Số liệu");
			row(sheet, 0, "indicator", "orgUnit", "period", "value", "comment", "Tên chỉ tiêu");
			row(sheet, 1, "RICE", "CD-LONG-CANG", "2021-03", null, null, "Sản lượng lúa");
			Row filled = row(sheet, 2, "RICE", "CD-LONG-CANG", "2021-04", null, null, "Sản lượng lúa");
			filled.createCell(3).setCellValue(1234.5);
			row(sheet, 3, "RICE", "CD-LONG-CANG", "2021-05", null, "nhập nhầm", "Sản lượng lúa");
			row(workbook.createSheet("Đã khóa sổ"), 0, "RICE", "CD-LONG-CANG", "2021-01", "99", null, null);

			List<DataValueRow> rows = new ArrayList<>();
			DataValueImport.readXlsx(new ByteArrayInputStream(DataValueTemplateIntegrationTests.bytes(workbook)),
					(row, line) -> rows.add(row));

			assertThat(rows).containsExactly(
					new DataValueRow("RICE", "CD-LONG-CANG", "2021-04", new java.math.BigDecimal("1234.5"), null),
					new DataValueRow("RICE", "CD-LONG-CANG", "2021-05", null, "nhập nhầm"));
		}
	}

	private static Row row(XSSFSheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				row.createCell(i).setCellValue(cells[i]);
			}
		}
		return row;
	}

}

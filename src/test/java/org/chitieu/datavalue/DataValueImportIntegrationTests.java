package org.chitieu.datavalue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Departments send their figures as the spreadsheets they already keep. */
@ChiTieuIntegrationTest
class DataValueImportIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	DataValues values;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	@Test
	void an_xlsx_file_with_numeric_cells_is_imported() throws IOException {
		byte[] workbook = workbook(List.of(List.of("RICE", "CD-LONG-CANG", "2022-08", 812.25, "vụ Hè Thu"),
				List.of("RICE", "CD-LONG-CANG", "2022-09", 640, "")));
		ResponseEntity<Map> response = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/datavalues/import", DataValueImportTestFiles.upload(workbook, "lua.xlsx"), Map.class);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("written", 2);
		DataValue august = stored(8);
		assertThat(august.value()).isEqualByComparingTo("812.25");
		assertThat(august.comment()).isEqualTo("vụ Hè Thu");
		assertThat(august.status()).isEqualTo(DataValueStatus.SUBMITTED);
		assertThat(stored(9).value()).isEqualByComparingTo("640");
	}

	@Test
	void a_csv_without_the_expected_header_is_refused_with_the_header_to_use() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.postForEntity("/api/v1/datavalues/import", DataValueImportTestFiles.csv("a,b,c\n1,2,3\n"), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("indicator,orgUnit,period,value,comment");
	}

	@Test
	@SuppressWarnings("unchecked")
	void figures_that_come_from_project_reports_cannot_be_entered() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.postForEntity("/api/v1/datavalues", List.of(new DataValueRow("GPMB_PAID", "CD", "2022-06",
					new java.math.BigDecimal("999"), null)), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("lấy số liệu từ báo cáo của các dự án");
	}

	@Test
	void a_malformed_json_body_is_a_readable_problem() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.postForEntity("/api/v1/datavalues",
					new HttpEntity<>("[{\"indicator\": \"RICE\", \"value\": \"nhiều\"}]", headers), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).startsWith("Không đọc được nội dung yêu cầu");
	}

	private DataValue stored(int month) {
		return this.values.find(this.catalogue.findByCode("RICE").orElseThrow().id(),
				this.orgUnits.findByCode("CD-LONG-CANG").orElseThrow().id(), 2022, month).orElseThrow();
	}

	private static byte[] workbook(List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Số liệu");
			List<String> header = List.of("indicator", "orgUnit", "period", "value", "comment");
			Row first = sheet.createRow(0);
			for (int column = 0; column < header.size(); column++) {
				first.createCell(column).setCellValue(header.get(column));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = rows.get(r);
				for (int column = 0; column < cells.size(); column++) {
					if (cells.get(column) instanceof Number number) {
						row.createCell(column).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(column).setCellValue((String) cells.get(column));
					}
				}
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}

}

package org.chitieu.datavalue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chitieu.datavalue.DataValueTemplateIntegrationTests.counted;
import static org.chitieu.datavalue.DataValueTemplateIntegrationTests.find;
import static org.chitieu.datavalue.DataValueTemplateIntegrationTests.json;

/** {@code GET /api/v1/datavalues} as a spreadsheet and as a CSV that imports again. */
@ChiTieuIntegrationTest
class FigureExportIntegrationTests {

	private static final String LOCALITY = """
			{ "orgUnits": [
			    {"code": "EXP", "name": "Tỉnh Xuất Số", "type": "PROVINCE", "parent": null},
			    {"code": "EXP-A", "name": "Xã Xuất A", "type": "COMMUNE", "parent": "EXP"}],
			  "agencies": [{"code": "EXP-NN", "name": "Phòng Kinh tế Xuất", "orgUnit": "EXP"}],
			  "indicators": [
			    {"code": "EXP_RICE", "name": "Sản lượng lúa xuất", "unit": "tấn", "agency": "EXP-NN", "kind": "RAW",
			     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 0},
			    {"code": "EXP_SHRIMP", "name": "Sản lượng tôm xuất", "unit": "tấn", "agency": "EXP-NN", "kind": "RAW",
			     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 2}] }
			""";

	@Autowired
	TestRestTemplate rest;

	@Test
	void figures_download_as_numeric_cells_in_vietnamese_formats_beside_their_names() throws IOException {
		TestRestTemplate leader = this.rest.withBasicAuth("lanhdao", ChiTieuIntegrationTest.DEMO_PASSWORD);
		String query = "/api/v1/datavalues?orgUnit=CD&period=2024-05&children=true";
		List<?> json = leader.getForObject(query, List.class);
		ResponseEntity<byte[]> xlsx = leader.getForEntity(query + "&format=xlsx", byte[].class);
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(json.size());
			Row rice = find(sheet, "RICE", "2024-05");
			assertThat(rice.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(rice.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0");
			assertThat(rice.getCell(7).getStringCellValue()).isEqualTo("Sản lượng lúa");
			assertThat(rice.getCell(8).getStringCellValue()).isEqualTo("tấn");
			assertThat(rice.getCell(5).getStringCellValue()).isIn("Đã duyệt", "Chờ duyệt");
		}
		assertThat(leader.getForObject(query + "&format=json", List.class)).isEqualTo(json);
		ResponseEntity<String> unknown = leader.getForEntity(query + "&format=pdf", String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody()).contains("chọn json, xlsx hoặc csv");
		assertThat(this.rest.withBasicAuth("vanphong.longcang", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity(query + "&format=csv", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void a_csv_export_imports_again_and_puts_the_exported_figures_back() {
		TestRestTemplate admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		assertThat(admin.postForEntity("/api/v1/metadata", json(LOCALITY), String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(admin.postForEntity("/api/v1/datavalues", json(List.of(
				Map.of("indicator", "EXP_RICE", "orgUnit", "EXP-A", "period", "2023-01", "value", 1234567),
				Map.of("indicator", "EXP_SHRIMP", "orgUnit", "EXP-A", "period", "2023-01", "value", 12.25, "comment",
						"vụ Đông Xuân, \"sớm\""))), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

		byte[] csv = admin.getForObject("/api/v1/datavalues?orgUnit=EXP&period=2023&children=true&format=csv",
				byte[].class);
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("""
				indicator,orgUnit,period,value,comment
				EXP_RICE,EXP-A,2023-01,1234567,
				EXP_SHRIMP,EXP-A,2023-01,12.25,"vụ Đông Xuân, ""sớm\"""
				""");

		assertThat(admin.postForEntity("/api/v1/datavalues", json(List.of(
				Map.of("indicator", "EXP_SHRIMP", "orgUnit", "EXP-A", "period", "2023-01", "value", 99))), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> imported = admin.postForEntity("/api/v1/datavalues/import",
				DataValueImportTestFiles.upload(csv, "so-lieu.csv"), Map.class);
		assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).containsEntry("written", 2);
		assertThat(counted(admin, "EXP-A", "EXP_SHRIMP", "2023-01")).containsEntry("value", 12.25)
			.containsEntry("comment", "vụ Đông Xuân, \"sớm\"");
		assertThat(counted(admin, "EXP-A", "EXP_RICE", "2023-01")).containsEntry("value", 1234567.0);
	}

}

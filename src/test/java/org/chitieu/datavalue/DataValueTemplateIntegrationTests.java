package org.chitieu.datavalue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import template: downloaded for a unit and year, filled in with a spreadsheet program (POI here)
 * and uploaded as it is through {@code POST /api/v1/datavalues/import}.
 */
@ChiTieuIntegrationTest
class DataValueTemplateIntegrationTests {

	/** A locality of its own: a commune that enters rice (whole tons) and shrimp (two decimals). */
	private static final String LOCALITY = """
			{ "orgUnits": [
			    {"code": "TPL", "name": "Tỉnh Mẫu Nhập", "type": "PROVINCE", "parent": null},
			    {"code": "TPL-A", "name": "Xã Mẫu A", "type": "COMMUNE", "parent": "TPL"}],
			  "agencies": [{"code": "TPL-NN", "name": "Phòng Kinh tế Mẫu", "orgUnit": "TPL"}],
			  "indicators": [
			    {"code": "TPL_RICE", "name": "Sản lượng lúa mẫu", "nameEn": "Template rice", "unit": "tấn",
			     "agency": "TPL-NN", "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM",
			     "polarity": "HIGHER", "decimals": 0, "entry": {"enteredAt": ["COMMUNE"]}},
			    {"code": "TPL_SHRIMP", "name": "Sản lượng tôm mẫu", "unit": "tấn", "agency": "TPL-NN", "kind": "RAW",
			     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 2},
			    {"code": "TPL_BUDGET", "name": "Thu ngân sách tỉnh mẫu", "unit": "tỷ đồng", "agency": "TPL-NN",
			     "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER",
			     "entry": {"enteredAt": ["PROVINCE"]}},
			    {"code": "TPL_TOTAL", "name": "Tổng sản lượng mẫu", "unit": "tấn", "agency": "TPL-NN",
			     "kind": "COMPUTED", "formula": "#{TPL_RICE} + #{TPL_SHRIMP}", "timeAggregation": "SUM",
			     "spaceAggregation": "SUM", "polarity": "HIGHER"}] }
			""";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	@Test
	void a_demo_communes_template_filled_in_and_uploaded_as_it_is_enters_the_figure() throws IOException {
		TestRestTemplate admin = admin();
		ResponseEntity<byte[]> download = admin.getForEntity("/api/v1/datavalues/template?orgUnit=CD-LONG-CANG&year=2021",
				byte[].class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(0)).subList(0, 5)).containsExactly("indicator", "orgUnit", "period", "value",
					"comment");
			assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Hướng dẫn điền mẫu nhập số liệu của Xã Long Cang, năm 2021");
			Row rice = find(sheet, "RICE", "2021-03");
			assertThat(texts(rice).subList(5, 8)).containsExactly("Sản lượng lúa", "tấn", "Xã Long Cang");
			rice.getCell(3).setCellValue(1234.5);
			filled = bytes(workbook);
		}
		ResponseEntity<Map> upload = admin.postForEntity("/api/v1/datavalues/import",
				DataValueImportTestFiles.upload(filled, "mau.xlsx"), Map.class);
		try {
			assertThat(upload.getStatusCode()).as(String.valueOf(upload.getBody())).isEqualTo(HttpStatus.OK);
			assertThat(upload.getBody()).containsEntry("written", 1);
			assertThat(counted(admin, "CD-LONG-CANG", "RICE", "2021-03")).containsEntry("value", 1234.5)
				.containsEntry("status", "APPROVED");
		}
		finally {
			admin.postForEntity("/api/v1/datavalues", json(List.of(Map.of("indicator", "RICE", "orgUnit",
					"CD-LONG-CANG", "period", "2021-03", "comment", "test: put back"))), String.class);
		}
	}

	@Test
	void the_template_lists_the_units_indicators_by_open_month_with_the_counted_values_and_closed_months_apart()
			throws IOException {
		TestRestTemplate admin = admin();
		assertThat(admin.postForEntity("/api/v1/metadata", json(LOCALITY), String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int month = 1; month <= 3; month++) {
			rows.add(Map.of("indicator", "TPL_RICE", "orgUnit", "TPL-A", "period", "2023-0" + month, "value",
					1000 * month));
		}
		rows.add(Map.of("indicator", "TPL_SHRIMP", "orgUnit", "TPL-A", "period", "2023-03", "value", 12.25,
				"comment", "ao nuôi mới"));
		assertThat(admin.postForEntity("/api/v1/datavalues", json(rows), String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(admin.postForEntity("/api/v1/locks", json(Map.of("orgUnit", "TPL-A", "period", "2023-02")),
				String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		byte[] body = admin.getForEntity("/api/v1/datavalues/template?orgUnit=TPL-A&year=2023", byte[].class).getBody();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			XSSFSheet open = workbook.getSheetAt(0);
			// March to December, rice and shrimp: not the province's budget, not the computed total
			assertThat(open.getLastRowNum()).isEqualTo(20);
			assertThat(codes(open)).containsOnly("TPL_RICE", "TPL_SHRIMP");
			Cell march = find(open, "TPL_RICE", "2023-03").getCell(3);
			assertThat(march.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(march.getNumericCellValue()).isEqualTo(3000.0);
			assertThat(march.getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0");
			assertThat(march.getCellStyle().getLocked()).isFalse();
			Row shrimp = find(open, "TPL_SHRIMP", "2023-03");
			assertThat(shrimp.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0.00");
			assertThat(shrimp.getCell(4).getStringCellValue()).isEqualTo("ao nuôi mới");
			assertThat(find(open, "TPL_RICE", "2023-04").getCell(3).getCellType()).isEqualTo(CellType.BLANK);

			XSSFSheet closed = workbook.getSheet("Đã khóa sổ");
			assertThat(closed.getLastRowNum()).isEqualTo(4);
			assertThat(closed.isSheetLocked()).isTrue();
			Row january = find(closed, "TPL_RICE", "2023-01");
			assertThat(january.getCell(3).getNumericCellValue()).isEqualTo(1000.0);
			assertThat(january.getCell(3).getCellStyle().getLocked()).isTrue();
			assertThat(january.getCell(8).getStringCellValue()).isEqualTo("đã khóa sổ");
			List<String> instructions = new ArrayList<>();
			workbook.getSheet("Hướng dẫn").forEach(row -> instructions.addAll(texts(row)));
			assertThat(instructions).anyMatch(line -> line.contains("Các tháng 1 đến 2 năm 2023 đã khóa sổ"))
				.anyMatch(line -> line.contains("Months 1 to 2 of 2023 are closed"));

			find(open, "TPL_RICE", "2023-05").getCell(3).setCellValue(4500);
			filled = bytes(workbook);
		}
		ResponseEntity<Map> upload = admin.postForEntity("/api/v1/datavalues/import",
				DataValueImportTestFiles.upload(filled, "mau.xlsx"), Map.class);
		assertThat(upload.getStatusCode()).as(String.valueOf(upload.getBody())).isEqualTo(HttpStatus.OK);
		// March's two figures went again as they were, May is new; the closed months were not read
		assertThat(upload.getBody()).containsEntry("written", 3);
		assertThat(counted(admin, "TPL-A", "TPL_RICE", "2023-05")).containsEntry("value", 4500.0);
		assertThat(counted(admin, "TPL-A", "TPL_RICE", "2023-03")).containsEntry("value", 3000.0);
		assertThat(counted(admin, "TPL-A", "TPL_SHRIMP", "2023-03")).containsEntry("value", 12.25)
			.containsEntry("comment", "ao nuôi mới");
	}

	@Test
	void a_template_outside_the_users_unit_or_agency_is_refused() {
		TestRestTemplate reporter = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD);
		assertThat(reporter.getForEntity("/api/v1/datavalues/template?orgUnit=LA&year=2024", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(reporter.getForEntity("/api/v1/datavalues/template?orgUnit=CD&year=2024&agency=CD-TCKH",
				String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		HttpHeaders english = new HttpHeaders();
		english.setAcceptLanguageAsLocales(List.of(java.util.Locale.ENGLISH));
		ResponseEntity<String> unknown = reporter.exchange("/api/v1/datavalues/template?orgUnit=NOWHERE&year=2024",
				HttpMethod.GET, new HttpEntity<>(english), String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).contains("There is no org unit").contains("NOWHERE");
	}

	@Test
	void a_reporters_template_lists_only_their_own_agencys_indicators() throws IOException {
		byte[] body = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity("/api/v1/datavalues/template?orgUnit=CD-LONG-CANG&year=2021", byte[].class)
			.getBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			// rice and clean water are the agriculture office's and entered at communes; vegetables at the
			// district, jobs by another office
			assertThat(codes(workbook.getSheetAt(0))).contains("RICE", "RURAL_CLEAN_WATER")
				.doesNotContain("VEGETABLE", "JOBS");
		}
	}

	@Test
	void the_entry_page_links_the_template_of_its_unit_year_and_agency() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		ChiTieuUser reporter = this.users.findByUsername("nhaplieu.nn").orElseThrow();
		mvc.perform(get("/entry?orgUnit=CD-LONG-CANG&year=2021").with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("href=\"/entry/template.xlsx?orgUnit=CD-LONG-CANG&amp;year=2021&amp;agency=CD-NN\"")));
		byte[] body = mvc.perform(get("/entry/template.xlsx?orgUnit=CD-LONG-CANG&year=2021&agency=CD-NN").with(user(reporter)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(codes(workbook.getSheetAt(0))).contains("RICE");
		}
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> counted(TestRestTemplate rest, String unit, String indicator, String period) {
		List<Map<String, Object>> figures = rest.getForObject(
				"/api/v1/datavalues?orgUnit=" + unit + "&indicator=" + indicator + "&period=" + period, List.class);
		assertThat(figures).hasSize(1);
		return (Map<String, Object>) figures.get(0).get("counted");
	}

	static Row find(XSSFSheet sheet, String indicator, String period) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(indicator)
					&& row.getCell(2).getStringCellValue().equals(period)) {
				return row;
			}
		}
		throw new AssertionError("no row " + indicator + " " + period);
	}

	private static List<String> codes(XSSFSheet sheet) {
		List<String> codes = new ArrayList<>();
		sheet.forEach(row -> {
			if (row.getRowNum() > 0) {
				codes.add(row.getCell(0).getStringCellValue());
			}
		});
		return codes;
	}

	private static List<String> texts(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
		return texts;
	}

	static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}

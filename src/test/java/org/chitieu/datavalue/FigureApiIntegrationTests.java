package org.chitieu.datavalue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.net.Socket;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.project.ProjectDefinition;
import org.chitieu.project.ReportRow;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/datavalues} as outside callers use it: figures with their counted value and revision,
 * review in one call, hostile numbers and files refused with a clear 4xx, closed months refused on
 * every path. Works on RICE at Mỹ Lệ in the second half of 2022, a year the demo leaves empty.
 */
@ChiTieuIntegrationTest
class FigureApiIntegrationTests {

	private static final String MY_LE = "CD-MY-LE";

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void a_figure_is_read_with_its_counted_value_and_its_revision_and_reviewed_all_or_none() {
		assertThat(post("truongphong.nn", rice("2022-11", "500", null)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post("nhaplieu.nn", rice("2022-11", "520", "số liệu bổ sung")).getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<List> read = as("lanhdao").getForEntity(
				"/api/v1/datavalues?orgUnit=" + MY_LE + "&indicator=RICE&period=2022-11", List.class);
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getBody()).hasSize(1);
		Map<String, Object> figure = (Map<String, Object>) read.getBody().get(0);
		assertThat(figure).containsEntry("indicator", "RICE").containsEntry("orgUnit", MY_LE)
			.containsEntry("period", "2022-11");
		assertThat((Map<String, Object>) figure.get("counted")).containsEntry("value", 500.0)
			.containsEntry("status", "APPROVED").containsEntry("by", "truongphong.nn").containsKeys("comment", "at");
		assertThat((Map<String, Object>) figure.get("revision")).containsEntry("value", 520.0)
			.containsEntry("status", "SUBMITTED").containsEntry("comment", "số liệu bổ sung")
			.containsEntry("returnReason", null).containsEntry("by", "nhaplieu.nn");
		assertThat(as("lanhdao").getForObject("/api/v1/datavalues?orgUnit=CD&indicator=RICE&period=2022&children=true",
				List.class)).anySatisfy(row -> assertThat((Map<String, Object>) row).containsEntry("orgUnit", MY_LE));
		assertThat(as("lanhdao").getForEntity("/api/v1/datavalues?orgUnit=CD&period=24-11", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		Map<String, Object> pending = Map.of("indicator", "RICE", "orgUnit", MY_LE, "period", "2022-11");
		Map<String, Object> nothing = Map.of("indicator", "RICE", "orgUnit", MY_LE, "period", "2022-06");
		assertThat(review("truongphong.nn", Map.of("rows", List.of(pending), "action", "RETURN")).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(review("truongphong.nn", Map.of("rows", List.of(pending, nothing), "action", "APPROVE"))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(review("truongphong.tckh", Map.of("rows", List.of(pending), "action", "APPROVE")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(counted("2022-11")).containsEntry("value", 500.0);

		ResponseEntity<Map> approved = review("truongphong.nn", Map.of("rows", List.of(pending), "action", "APPROVE"));
		assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(approved.getBody()).containsEntry("reviewed", 1);
		assertThat(counted("2022-11")).containsEntry("value", 520.0).containsEntry("status", "APPROVED");
	}

	@Test
	void numbers_beyond_the_column_or_the_indicators_bounds_are_refused_and_nothing_is_stored() {
		for (String json : List.of("1e999999999", "1e300000", "1.0000001", "-5")) {
			ResponseEntity<String> refused = as("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
				.exchange("/api/v1/datavalues", HttpMethod.POST, jsonBody("[{\"indicator\": \"RICE\", \"orgUnit\": \""
						+ MY_LE + "\", \"period\": \"2022-08\", \"value\": " + json + "}]"), String.class);
			assertThat(refused.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getBody()).doesNotContain("Exception");
		}
		ResponseEntity<String> percent = as("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD).exchange(
				"/api/v1/datavalues", HttpMethod.POST, jsonBody("[{\"indicator\": \"HEALTH_INSURANCE\", \"orgUnit\": \"CD\","
						+ " \"period\": \"2022-10\", \"value\": 853}]"), String.class);
		assertThat(percent.getBody()).contains("lớn hơn mức tối đa 100");
		assertThat(counted("2022-08")).isNull();
	}

	@Test
	void a_unit_takes_no_figure_for_a_month_outside_its_validity_and_the_error_names_who_holds_it() {
		ResponseEntity<String> beforeBirth = as("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.postForEntity("/api/v1/datavalues", List.of(new DataValueRow("RICE", "TN-LONG-CANG", "2025-03",
					BigDecimal.TEN, null)), String.class);
		assertThat(beforeBirth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(beforeBirth.getBody()).contains("TN-LONG-CANG", "2025-03", "CD-LONG-CANG");
		ResponseEntity<String> afterEnd = as("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.postForEntity("/api/v1/datavalues", List.of(new DataValueRow("RICE", "CD-LONG-CANG", "2025-08",
					BigDecimal.TEN, null)), String.class);
		assertThat(afterEnd.getBody()).contains("CD-LONG-CANG", "2025-08", "TN-LONG-CANG");
	}

	@Test
	void hostile_import_files_get_a_clear_refusal_naming_the_row() throws IOException {
		assertRefused(csv("RICE,CD-MY-LE,2022-12,1,5\n"), "1.5");
		assertRefused(csv("RICE,CD-MY-LE,2022-12,١٢,\n"), "dấu chấm thập phân");
		assertRefused(csv("RICE,CD-MY-LE,2022-12,１２,\n"), "dấu chấm thập phân");
		assertRefused(csv("RICE,CD-MY-LE,2022-12,\"1.234,5\",\n"), "dấu chấm thập phân");
		assertRefused(csv("RICE,CD-MY-LE,2022-12,\"12,\n"), "sai cấu trúc");
		assertRefused(csv("RICE,CD-MY-LE,2022-12,12,a,b,c\n"), "nhiều hơn dòng tiêu đề");
		assertRefused(DataValueImportTestFiles.upload("PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.UTF_8),
				"hong.xlsx"), "Không đọc được tệp XLSX");
		assertRefused(DataValueImportTestFiles.upload(xlsx("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM"
				+ " \"file:///etc/passwd\">]><worksheet>&e;</worksheet>"), "xxe.xlsx"), "Không đọc được tệp XLSX");
		assertRefused(DataValueImportTestFiles.upload(xlsx(" ".repeat(30_000_000)), "bomb.xlsx"),
				"Không đọc được tệp XLSX");
		assertThat(counted("2022-12")).isNull();

		ResponseEntity<Map> blankEnd = as("nhaplieu.nn").postForEntity("/api/v1/datavalues/import",
				csv("RICE,CD-MY-LE,2022-12,12.5,cuối tệp có dòng trống\n\n"), Map.class);
		assertThat(blankEnd.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(counted("2022-12")).containsEntry("value", 12.5);
	}

	@Test
	@SuppressWarnings("unchecked")
	void an_import_lists_at_most_a_thousand_errors_and_its_size_is_limited() throws IOException {
		StringBuilder bad = new StringBuilder();
		for (int i = 0; i < 1500; i++) {
			bad.append("NO_SUCH_").append(i).append(",CD,2022-12,1,\n");
		}
		ResponseEntity<Map> refused = as("nhaplieu.nn").postForEntity("/api/v1/datavalues/import", csv(bad.toString()),
				Map.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		List<Map<String, String>> errors = (List<Map<String, String>>) refused.getBody().get("errors");
		assertThat(errors).hasSize(1001);
		assertThat(errors.get(1000).get("message")).contains("1.000", "1.500");

		assertThat(as("lanhdao").postForEntity("/api/v1/datavalues/import", csv(bad.toString()), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		// the body is refused by its announced length, before a byte of it is read
		String auth = Base64.getEncoder()
			.encodeToString(("nhaplieu.nn:" + ChiTieuIntegrationTest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("POST /api/v1/datavalues/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
						+ "\r\nContent-Type: text/csv\r\nContent-Length: " + (21 * 1024 * 1024)
						+ "\r\nAccept-Language: vi\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readNBytes(2000), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("tối đa 20 MB");
		}
	}

	@Test
	void a_closed_month_refuses_the_api_the_import_the_review_deletion_and_project_reports() {
		post("nhaplieu.nn", rice("2022-09", "300", "vụ Thu Đông"));
		ResponseEntity<Map> project = as("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD).postForEntity("/api/v1/projects",
				new ProjectDefinition("ZZ-FIGURES-CD", "Công trình thử khóa sổ", "CAPITAL_WORK", "CD-BQLDA",
						MY_LE, 2022, 2022, new BigDecimal("10"), null, List.of(),
						List.of(new ProjectDefinition.CapitalPlanEntry(2022, "Ngân sách huyện", new BigDecimal("6"))),
						List.of()),
				Map.class);
		assertThat(project.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(as("vanphong").postForEntity("/api/v1/locks", Map.of("orgUnit", "CD", "period", "2022-10"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		try {
			assertClosed(post("nhaplieu.nn", rice("2022-03", "1", null)));
			assertClosed(post("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD, rice("2022-10", "1", null)));
			assertClosed(post("truongphong.nn", rice("2022-09", null, "xóa")));
			assertClosed(as("nhaplieu.nn").postForEntity("/api/v1/datavalues/import",
					csv("RICE," + MY_LE + ",2022-02,7,\n"), String.class));
			assertClosed(review("truongphong.nn", Map.of("rows",
					List.of(Map.of("indicator", "RICE", "orgUnit", MY_LE, "period", "2022-09")), "action", "APPROVE")));
			assertClosed(as("nhaplieu.bqlda").postForEntity("/api/v1/projects/ZZ-FIGURES-CD/reports",
					List.of(new ReportRow("2022-04", BigDecimal.ONE, null, null, null, null, null, null, null)),
					String.class));
			assertThat(counted("2022-09")).containsEntry("status", "SUBMITTED");
			assertThat(as("vanphong").exchange("/api/v1/locks?orgUnit=CD&period=2022-10", HttpMethod.DELETE, null,
					String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		}
		finally {
			as("vanphong").exchange("/api/v1/locks?orgUnit=CD&period=2022-10&reason=Sửa số liệu lúa", HttpMethod.DELETE,
					null, Void.class);
		}
		assertThat(as("vanphong").getForEntity("/api/v1/locks?orgUnit=CD&period=2022-10", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post("nhaplieu.nn", rice("2022-03", null, null)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private void assertClosed(ResponseEntity<?> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(String.valueOf(response.getBody())).contains("đã khóa sổ");
	}

	private void assertRefused(HttpEntity<?> file, String message) {
		ResponseEntity<String> response = as("nhaplieu.nn").postForEntity("/api/v1/datavalues/import", file,
				String.class);
		assertThat(response.getStatusCode()).as(message).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains(message).doesNotContain("Exception");
	}

	private static HttpEntity<?> csv(String rows) {
		return DataValueImportTestFiles.csv("indicator,orgUnit,period,value,comment\n" + rows);
	}

	/** A zip named like a workbook whose only sheet is {@code sheet}. */
	private static byte[] xlsx(String sheet) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
					+ "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(sheet.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static DataValueRow rice(String period, String value, String comment) {
		return new DataValueRow("RICE", MY_LE, period, value == null ? null : new BigDecimal(value), comment);
	}

	private ResponseEntity<Map> post(String username, DataValueRow row) {
		return post(username, ChiTieuIntegrationTest.DEMO_PASSWORD, row);
	}

	private ResponseEntity<Map> post(String username, String password, DataValueRow row) {
		return as(username, password).postForEntity("/api/v1/datavalues", List.of(row), Map.class);
	}

	private ResponseEntity<Map> review(String username, Map<String, Object> request) {
		return as(username).postForEntity("/api/v1/datavalues/review", request, Map.class);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> counted(String period) {
		List<Map<String, Object>> figures = as("lanhdao").getForObject(
				"/api/v1/datavalues?orgUnit=" + MY_LE + "&indicator=RICE&period=" + period, List.class);
		return figures.isEmpty() ? null : (Map<String, Object>) figures.get(0).get("counted");
	}

	private static HttpEntity<String> jsonBody(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(json, headers);
	}

	private TestRestTemplate as(String username) {
		return as(username, ChiTieuIntegrationTest.DEMO_PASSWORD);
	}

	private TestRestTemplate as(String username, String password) {
		return this.rest.withBasicAuth(username, password);
	}

}

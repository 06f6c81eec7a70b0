package org.chitieu.datavalue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The import through its staging table, as the life of a figure has it: a reporter's rows are submissions
 * (counted at once where nothing counts yet, else waiting beside the counted value), a head's count at once,
 * a deletion needs a reason and a figure to delete; refused rows come back with the row as the file has it;
 * progress is readable by its id. Works on RICE at Long Khê in 2021, a year the demo leaves empty.
 */
@ChiTieuIntegrationTest
@RecordApplicationEvents
class FigureImportIntegrationTests {

	private static final String LONG_KHE = "CD-LONG-KHE";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	DataValues values;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	FigureImport imports;

	@Autowired
	Users users;

	@Autowired
	ApplicationEvents events;

	@Test
	void a_reporters_rows_count_where_nothing_counts_yet_and_otherwise_wait_for_approval() {
		assertThat(importCsv("truongphong.nn", "RICE," + LONG_KHE + ",2021-01,100,\n").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> imported = importCsv("nhaplieu.nn",
				"RICE," + LONG_KHE + ",2021-01,110,  sửa theo biên bản  \nRICE," + LONG_KHE + ",2021-02,50,\n");
		assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).containsEntry("written", 2);

		Figure january = figure(1);
		assertThat(january.counted().value()).isEqualByComparingTo("100");
		assertThat(january.counted().status()).isEqualTo(DataValueStatus.APPROVED);
		assertThat(january.revision().value()).isEqualByComparingTo("110");
		assertThat(january.revision().status()).isEqualTo(DataValueStatus.SUBMITTED);
		assertThat(january.revision().comment()).isEqualTo("sửa theo biên bản");
		assertThat(january.revision().updatedBy()).isEqualTo("nhaplieu.nn");
		Figure february = figure(2);
		assertThat(february.counted().value()).isEqualByComparingTo("50");
		assertThat(february.counted().status()).isEqualTo(DataValueStatus.SUBMITTED);
		assertThat(february.revision()).isNull();

		List<DataValueChange> history = this.values.history(id("RICE"), unit(), 2021);
		assertThat(history).filteredOn(change -> change.month() == 1)
			.extracting(DataValueChange::oldValue, DataValueChange::newValue, DataValueChange::newStatus,
					DataValueChange::changedBy)
			.contains(tuple(new BigDecimal("100.000000"), new BigDecimal("110.000000"),
					DataValueStatus.SUBMITTED, "nhaplieu.nn"));
	}

	@Test
	void a_heads_rows_count_at_once_and_a_deletion_with_its_reason_removes_the_counted_value()
			throws IOException {
		assertThat(importCsv("nhaplieu.nn", "RICE," + LONG_KHE + ",2021-03,70,\n").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(importCsv("nhaplieu.nn", "RICE," + LONG_KHE + ",2021-03,75,\n").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(figure(3).revision().value()).isEqualByComparingTo("75");

		this.events.clear();
		int written = this.imports.importFile(user("truongphong.nn"), rows -> DataValueImport.readCsv(
				csv("RICE," + LONG_KHE + ",2021-03,,nhập nhầm tháng\nRICE," + LONG_KHE + ",2021-04,80,\n"), rows), null);
		assertThat(written).isEqualTo(2);
		assertThat(figure(3)).isEqualTo(Figure.NONE);
		Figure april = figure(4);
		assertThat(april.counted().value()).isEqualByComparingTo("80");
		assertThat(april.counted().status()).isEqualTo(DataValueStatus.APPROVED);
		assertThat(this.events.stream(FiguresChanged.class))
			.containsExactly(new FiguresChanged(Set.of(id("RICE")), Set.of(2021)));
		assertThat(this.values.history(id("RICE"), unit(), 2021)).filteredOn(change -> change.month() == 3)
			.first()
			.satisfies(change -> {
				assertThat(change.oldValue()).isEqualByComparingTo("70");
				assertThat(change.newValue()).isNull();
				assertThat(change.newStatus()).isEqualTo(DataValueStatus.APPROVED);
				assertThat(change.comment()).isEqualTo("nhập nhầm tháng");
			});

		ResponseEntity<String> nothing = this.rest.withBasicAuth("truongphong.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/datavalues/import",
					DataValueImportTestFiles.csv(header("RICE," + LONG_KHE + ",2021-05,,không có\n")), String.class);
		assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(nothing.getBody()).contains("rows[0]", "chưa có để xóa");
	}

	@Test
	@SuppressWarnings("unchecked")
	void refused_rows_are_named_each_with_its_errors_and_the_row_as_the_file_has_it() {
		ResponseEntity<Map> refused = importCsv("admin", """
				NO_SUCH,%1$s,2021-06,1,
				RICE,%1$s,2021-13,2,
				RICE,%1$s,2021-06,3,
				RICE,%1$s,2021-06,4,
				RICE,TN-LONG-CANG,2021-06,5,
				RICE,%1$s,2021-07,,
				RICE,%1$s,2021-08,-1,
				""".formatted(LONG_KHE));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		List<Map<String, String>> errors = (List<Map<String, String>>) refused.getBody().get("errors");
		assertThat(errors).extracting(error -> error.get("field"))
			.containsExactly("rows[0].indicator", "rows[1].period", "rows[3]", "rows[4].period", "rows[5].comment",
					"rows[6].value");
		assertThat(errors.get(2).get("message")).contains("xuất hiện hai lần");
		assertThat(errors.get(3).get("message")).contains("TN-LONG-CANG", "CD-LONG-CANG");
		List<Map<String, Object>> rows = (List<Map<String, Object>>) refused.getBody().get("rows");
		assertThat(rows).extracting(row -> row.get("at")).containsExactly("rows[0]", "rows[1]", "rows[3]", "rows[4]",
				"rows[5]", "rows[6]");
		assertThat(rows.get(0)).containsEntry("line", 2).containsEntry("indicator", "NO_SUCH")
			.containsEntry("orgUnit", LONG_KHE).containsEntry("period", "2021-06").containsEntry("value", "1");
		assertThat(figure(6)).isEqualTo(Figure.NONE);

		ResponseEntity<Map> badNumber = importCsv("admin", "RICE," + LONG_KHE + ",2021-06,\"1.234,5\",\n");
		assertThat((List<Map<String, Object>>) badNumber.getBody().get("rows")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("at", "line 2").containsEntry("value", "1.234,5"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void an_imports_progress_is_read_by_its_id_and_by_its_user_alone() {
		String id = UUID.randomUUID().toString();
		ResponseEntity<Map> imported = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/datavalues/import?progress=" + id,
					DataValueImportTestFiles.csv(header("RICE," + LONG_KHE + ",2021-09,9,\nRICE," + LONG_KHE + ",2021-10,10,\n")),
					Map.class);
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> progress = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity("/api/v1/datavalues/import/progress/" + id, Map.class);
		assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(progress.getBody()).containsEntry("phase", "DONE").containsEntry("rowsDone", 2)
			.containsEntry("rowsTotal", 2);
		assertThat(this.rest.withBasicAuth("truongphong.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity("/api/v1/datavalues/import/progress/" + id, String.class)
			.getStatusCode()).as("another user's import").isEqualTo(HttpStatus.NOT_FOUND);

		String refusedId = UUID.randomUUID().toString();
		this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/datavalues/import?progress=" + refusedId,
					DataValueImportTestFiles.csv(header("NO_SUCH," + LONG_KHE + ",2021-09,9,\n")), String.class);
		assertThat(this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForObject("/api/v1/datavalues/import/progress/" + refusedId, Map.class)).containsEntry("phase", "REFUSED");
		assertThat(this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/datavalues/import?progress=x", DataValueImportTestFiles.csv(header("")), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void a_workbook_is_read_from_its_sheet_with_the_header_whatever_the_other_columns_and_sheets() throws IOException {
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			book.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền cột value, giữ nguyên các cột mã.");
			Sheet sheet = book.createSheet("Số liệu");
			cells(sheet.createRow(0), "Indicator", "Tên chỉ tiêu", "orgUnit", "Tên đơn vị", "period", "value", "comment",
					"Ghi chú khác");
			cells(sheet.createRow(1), "RICE", "Sản lượng lúa", LONG_KHE, "Xã Long Khê", "2021-11", null, null, "x");
			Row filled = sheet.createRow(2);
			cells(filled, "RICE", "Sản lượng lúa", LONG_KHE, "Xã Long Khê", "2021-12", null, "vụ Đông Xuân", "y");
			filled.createCell(5).setCellValue(42.5);
			book.write(bytes);
			workbook = bytes.toByteArray();
		}
		ResponseEntity<Map> imported = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/datavalues/import", DataValueImportTestFiles.upload(workbook, "mau.xlsx"), Map.class);
		assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).containsEntry("written", 1);
		assertThat(figure(11)).isEqualTo(Figure.NONE);
		assertThat(figure(12).counted().value()).isEqualByComparingTo("42.5");
		assertThat(figure(12).counted().comment()).isEqualTo("vụ Đông Xuân");
	}

	private static void cells(Row row, String... texts) {
		for (int column = 0; column < texts.length; column++) {
			if (texts[column] != null) {
				row.createCell(column).setCellValue(texts[column]);
			}
		}
	}

	private ResponseEntity<Map> importCsv(String username, String rows) {
		return this.rest.withBasicAuth(username,
				"admin".equals(username) ? ChiTieuIntegrationTest.ADMIN_PASSWORD : ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/datavalues/import", DataValueImportTestFiles.csv(header(rows)), Map.class);
	}

	private static String header(String rows) {
		return "indicator,orgUnit,period,value,comment\n" + rows;
	}

	private static ByteArrayInputStream csv(String rows) {
		return new ByteArrayInputStream(header(rows).getBytes(StandardCharsets.UTF_8));
	}

	private ChiTieuUser user(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

	private Figure figure(int month) {
		return this.values.figure(id("RICE"), unit(), 2021, month);
	}

	private long id(String indicator) {
		return this.catalogue.findByCode(indicator).orElseThrow().id();
	}

	private long unit() {
		return this.orgUnits.findByCode(LONG_KHE).orElseThrow().id();
	}

}

package org.chitieu.progress.query;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValueImportTestFiles;
import org.chitieu.datavalue.DataValueRow;
import org.chitieu.datavalue.DataValueService;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write that changes a counted figure shows in progress as soon as it is committed: the
 * rollups follow it in its own transaction. A locality of its own (province RV, communes RV-A and
 * RV-B, a project at RV-A feeding RV_PAID), each test on a month of its own of 2025; the request
 * after the write reads the province's year to date at June. What the pages keep (the reports, the
 * default month) is dropped by the same writes.
 */
@ChiTieuIntegrationTest
class FiguresShowAtOnceIntegrationTests {

	private static final String LOCALITY = """
			{ "orgUnits": [
			    {"code": "RV", "name": "Tỉnh Tức Thì", "type": "PROVINCE", "parent": null},
			    {"code": "RV-A", "name": "Xã A", "type": "COMMUNE", "parent": "RV"},
			    {"code": "RV-B", "name": "Xã B", "type": "COMMUNE", "parent": "RV"}],
			  "sectors": [{"code": "RV-S", "name": "Lĩnh vực thử"}],
			  "agencies": [{"code": "RV-NN", "name": "Phòng Kinh tế thử", "orgUnit": "RV"}],
			  "indicators": [
			    {"code": "RV_RICE", "name": "Sản lượng lúa", "unit": "tấn", "sector": "RV-S", "agency": "RV-NN",
			     "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER"},
			    {"code": "RV_PAID", "name": "Bồi thường đã chi trả", "unit": "tỷ đồng", "sector": "RV-S", "agency": "RV-NN",
			     "kind": "RAW", "timeAggregation": "LAST", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 3,
			     "projectSource": {"group": "RV-G", "field": "COMPENSATION_PAID"}}],
			  "plans": [
			    {"code": "RV-2025", "orgUnit": "RV", "year": 2025, "resolution": "Nghị quyết thử 2025",
			     "targets": [{"indicator": "RV_RICE", "value": 10000}, {"indicator": "RV_PAID", "value": 50}]}],
			  "projectGroups": [{"code": "RV-G", "name": "Giải phóng mặt bằng thử"}],
			  "projects": [
			    {"code": "RV-P", "name": "Cụm công nghiệp thử", "type": "INDUSTRIAL_CLUSTER", "investor": "RV-NN",
			     "orgUnit": "RV-A", "startYear": 2024, "endYear": 2026, "totalInvestment": 100, "stage": "CONSTRUCTION",
			     "groups": ["RV-G"], "capitalPlans": [], "schedules": []}] }
			""";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	DataValueService dataValues;

	@Autowired
	Users users;

	@Autowired
	PageScope scope;

	@Autowired
	OrgUnits orgUnits;

	private TestRestTemplate admin;

	@BeforeEach
	void postLocality() {
		this.admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		ResponseEntity<String> posted = this.admin.postForEntity("/api/v1/metadata",
				json(LOCALITY), String.class);
		assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.OK);
		if (this.users.findByUsername("rv.nhaplieu").isEmpty()) {
			this.users.create("rv.nhaplieu", "{noop}unused", "Chuyên viên thử", Role.REPORTER, "RV", "RV-NN");
			this.users.create("rv.truongphong", "{noop}unused", "Trưởng phòng thử", Role.AGENCY_HEAD, "RV", "RV-NN");
		}
	}

	@Test
	void a_figure_approved_as_it_is_posted_shows_at_once() {
		BigDecimal before = rice();
		post(row("RV-A", "2025-01", "120"));
		assertThat(rice()).isEqualByComparingTo(before.add(new BigDecimal("120")));
	}

	@Test
	void a_revision_approved_by_the_head_shows_at_once_and_not_before() {
		post(row("RV-B", "2025-02", "200"));
		BigDecimal before = rice();
		this.dataValues.save(user("rv.nhaplieu"), List.of(row("RV-B", "2025-02", "260")), true);
		assertThat(rice()).isEqualByComparingTo(before);
		this.dataValues.review(user("rv.truongphong"), List.of(row("RV-B", "2025-02", null)), null);
		assertThat(rice()).isEqualByComparingTo(before.add(new BigDecimal("60")));
	}

	@Test
	void a_first_submission_returned_by_the_head_leaves_progress_at_once() {
		BigDecimal before = rice();
		this.dataValues.save(user("rv.nhaplieu"), List.of(row("RV-A", "2025-03", "75", "ước tính")), true);
		assertThat(rice()).as("a first submission counts").isEqualByComparingTo(before.add(new BigDecimal("75")));
		this.dataValues.review(user("rv.truongphong"), List.of(row("RV-A", "2025-03", null)), "thiếu số liệu");
		assertThat(rice()).isEqualByComparingTo(before);
	}

	@Test
	void a_deleted_figure_leaves_progress_at_once() {
		post(row("RV-B", "2025-04", "90"));
		BigDecimal before = rice();
		post(row("RV-B", "2025-04", null, "nhập nhầm"));
		assertThat(rice()).isEqualByComparingTo(before.subtract(new BigDecimal("90")));
	}

	@Test
	void an_imported_file_shows_at_once() {
		BigDecimal before = rice();
		ResponseEntity<String> imported = this.admin.postForEntity("/api/v1/datavalues/import",
				DataValueImportTestFiles.csv("""
						indicator,orgUnit,period,value,comment
						RV_RICE,RV-A,2025-05,400,
						RV_RICE,RV-B,2025-05,100,
						"""), String.class);
		assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(rice()).isEqualByComparingTo(before.add(new BigDecimal("500")));
	}

	@Test
	void a_project_report_that_feeds_an_indicator_shows_at_once() {
		ResponseEntity<String> reported = this.admin.postForEntity("/api/v1/projects/RV-P/reports",
				json("[{\"period\": \"2025-06\", \"compensationPaid\": 12.5}]"), String.class);
		assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(actual(progress("RV", "2025-06"), "RV_PAID")).isEqualByComparingTo("12.5");
	}

	@Test
	void a_merger_posted_shows_at_once_in_the_new_commune() {
		ResponseEntity<String> posted = this.admin.postForEntity("/api/v1/metadata", json("""
				{ "orgUnits": [
				    {"code": "RW", "name": "Tỉnh Sáp Nhập Thử", "type": "PROVINCE", "parent": null},
				    {"code": "RW-A", "name": "Xã Cũ", "type": "COMMUNE", "parent": "RW", "validTo": "2025-06-30"},
				    {"code": "RW-N", "name": "Xã Mới", "type": "COMMUNE", "parent": "RW"}],
				  "plans": [{"code": "RW-N-2025", "orgUnit": "RW-N", "year": 2025, "resolution": "Nghị quyết thử",
				             "targets": [{"indicator": "RV_RICE", "value": 1000}]}] }
				"""), String.class);
		assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.OK);
		post(row("RW-A", "2025-03", "321"));
		assertThat(actual(progress("RW-N", "2025-08"), "RV_RICE")).as("before the merger").isNull();

		posted = this.admin.postForEntity("/api/v1/metadata", json("""
				{ "orgUnits": [{"code": "RW-N", "name": "Xã Mới", "type": "COMMUNE", "parent": "RW",
				                "validFrom": "2025-07-01"}],
				  "successions": [{"from": "RW-A", "to": "RW-N", "weight": 1, "date": "2025-07-01"}] }
				"""), String.class);
		assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(actual(progress("RW-N", "2025-08"), "RV_RICE")).isEqualByComparingTo("321");
	}

	@Test
	void a_month_closed_and_reopened_moves_the_pages_default_month_at_once() {
		OrgUnit province = this.orgUnits.findByCode("RV").orElseThrow();
		PageScope.DefaultMonth before = this.scope.defaultMonth(province);
		ResponseEntity<String> closed = this.admin.postForEntity("/api/v1/locks",
				json("{\"orgUnit\": \"RV\", \"period\": \"2025-12\"}"), String.class);
		assertThat(closed.getStatusCode()).as(closed.getBody()).isEqualTo(HttpStatus.CREATED);
		try {
			assertThat(this.scope.defaultMonth(province))
				.isEqualTo(new PageScope.DefaultMonth(YearMonth.of(2025, 12), PageScope.DefaultMonth.Reason.CLOSED));
		}
		finally {
			this.admin.delete("/api/v1/locks?orgUnit=RV&period=2025-12&reason=test");
		}
		assertThat(this.scope.defaultMonth(province)).isEqualTo(before);
	}

	private void post(DataValueRow row) {
		this.dataValues.post(user("admin"), List.of(row));
	}

	private BigDecimal rice() {
		BigDecimal actual = actual(progress("RV", "2025-06"), "RV_RICE");
		return (actual != null) ? actual : BigDecimal.ZERO;
	}

	private Map<String, Object> progress(String unit, String period) {
		ResponseEntity<Map> response = this.admin.getForEntity("/api/v1/progress?orgUnit=" + unit + "&period=" + period,
				Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	@SuppressWarnings("unchecked")
	private static BigDecimal actual(Map<String, Object> report, String indicator) {
		Map<String, Object> progress = ((List<Map<String, Object>>) report.get("indicators")).stream()
			.filter(candidate -> indicator.equals(candidate.get("code")))
			.findFirst()
			.orElseThrow();
		Object actual = progress.get("actual");
		return (actual == null) ? null : new BigDecimal(actual.toString());
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private ChiTieuUser user(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

	private static DataValueRow row(String unit, String period, String value) {
		return row(unit, period, value, null);
	}

	private static DataValueRow row(String unit, String period, String value, String comment) {
		return new DataValueRow("RV_RICE", unit, period, (value == null) ? null : new BigDecimal(value), comment);
	}

}

package org.chitieu.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValueImportTestFiles;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A plan of 1.200 tấn for 2025 is revised by a second resolution from 1 July to 2.400 tấn, and the unit
 * produces 100 tấn a month. May is judged by the first version (E = 1.200·5/12 = 500: on schedule);
 * August by the second (E = 2.400·8/12 = 1.600 against 800: behind).
 */
@ChiTieuIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanVersionIntegrationTests {

	private static final String LOCALITY = """
			{ "orgUnits": [{"code": "PV", "name": "Xã Phiên Bản", "type": "COMMUNE", "parent": null}],
			  "indicators": [{"code": "PV_OUT", "name": "Sản lượng thử", "unit": "tấn", "kind": "RAW",
			     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 0}],
			  "plans": [%s] }
			""";

	private static final String FIRST = """
			{"code": "PV-2025", "orgUnit": "PV", "year": 2025, "resolution": "Nghị quyết số 1/NQ-HĐND",
			 "targets": [{"indicator": "PV_OUT", "value": 1200, "schedule": "EVEN"}]}
			""";

	private static final String SECOND = """
			{"code": "PV-2025", "orgUnit": "PV", "year": 2025, "resolution": "Nghị quyết số 2/NQ-HĐND",
			 "effectiveFrom": "2025-07-01", "targets": [{"indicator": "PV_OUT", "value": 2400, "schedule": "EVEN"}]}
			""";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	PlanEditing editing;

	@Autowired
	Users users;

	private TestRestTemplate admin;

	@BeforeAll
	void postThePlanAndItsRevision() {
		this.admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		assertThat(post(FIRST).getStatusCode()).isEqualTo(HttpStatus.OK);
		StringBuilder csv = new StringBuilder("indicator,orgUnit,period,value,comment\n");
		for (int month = 1; month <= 8; month++) {
			csv.append("PV_OUT,PV,2025-0").append(month).append(",100,\n");
		}
		ResponseEntity<String> imported = this.admin.postForEntity("/api/v1/datavalues/import",
				DataValueImportTestFiles.csv(csv.toString()), String.class);
		assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> revised = post(SECOND);
		assertThat(revised.getStatusCode()).as(revised.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void may_is_judged_by_the_first_version_and_august_by_the_second() {
		Map<String, Object> may = progress("2025-05");
		assertThat(may.get("resolution")).isEqualTo("Nghị quyết số 1/NQ-HĐND");
		Map<String, Object> mayOutput = output(may);
		assertThat(((Number) mayOutput.get("target")).doubleValue()).isEqualTo(1200.0);
		assertThat(((Number) mayOutput.get("expected")).doubleValue()).isEqualTo(500.0);
		assertThat(mayOutput.get("status")).isEqualTo("ON_TRACK");

		Map<String, Object> august = progress("2025-08");
		assertThat(august.get("resolution")).isEqualTo("Nghị quyết số 2/NQ-HĐND");
		Map<String, Object> augustOutput = output(august);
		assertThat(((Number) augustOutput.get("target")).doubleValue()).isEqualTo(2400.0);
		assertThat(((Number) augustOutput.get("expected")).doubleValue()).isEqualTo(1600.0);
		assertThat(augustOutput.get("status")).isEqualTo("BEHIND");
	}

	@Test
	@SuppressWarnings("unchecked")
	void every_version_is_listed_and_the_first_is_kept_unchanged() {
		List<Map<String, Object>> versions = this.admin.getForObject("/api/v1/plans/PV-2025/versions", List.class);
		assertThat(versions).extracting(v -> v.get("version"), v -> v.get("resolution"), v -> v.get("effectiveFrom"))
			.containsExactly(tuple(1, "Nghị quyết số 1/NQ-HĐND", null),
					tuple(2, "Nghị quyết số 2/NQ-HĐND", "2025-07-01"));
		List<Map<String, Object>> first = (List<Map<String, Object>>) versions.get(0).get("targets");
		assertThat(((Number) first.get(0).get("value")).doubleValue()).isEqualTo(1200.0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void posting_the_same_plan_again_changes_nothing() {
		assertThat(post(SECOND).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post(FIRST).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.admin.getForObject("/api/v1/plans/PV-2025/versions", List.class)).hasSize(2);
	}

	@Test
	void a_second_plan_for_the_same_unit_and_year_is_refused_with_a_clear_400() {
		ResponseEntity<String> refused = post(FIRST.replace("PV-2025", "PV-2025-B"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("plans[0]", "một kế hoạch mỗi năm");
	}

	@Test
	void a_new_resolution_without_an_effective_date_is_refused() {
		ResponseEntity<String> refused = post(FIRST.replace("số 1/", "số 3/"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("effectiveFrom");
	}

	@Test
	void next_years_plan_is_prepared_as_a_draft_that_counts_nowhere_until_the_office_issues_it() {
		ChiTieuUser office = this.users.findByUsername("admin").orElseThrow();
		String next = this.editing.prepareNextYear(office, "PV-2025");
		assertThat(next).isEqualTo("PV-2026");
		Plan draft = this.editing.draft(office, next);
		assertThat(draft.issued()).isFalse();
		assertThat(draft.targets()).singleElement()
			.satisfies(target -> assertThat(target.value()).isEqualByComparingTo("2400"));
		assertThat(this.admin.getForEntity("/api/v1/progress?orgUnit=PV&period=2026-03", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		this.editing.saveDraft(office, next, List.of(new PlanEditing.DraftRow("PV_OUT", new BigDecimal("3000"),
				Schedule.CUSTOM, Map.of(3, new BigDecimal("600"), 6, new BigDecimal("1500")))));
		this.editing.issue(office, next, "Nghị quyết số 9/NQ-HĐND", null);

		Map<String, Object> march = progress("2026-03");
		assertThat(march.get("resolution")).isEqualTo("Nghị quyết số 9/NQ-HĐND");
		assertThat(((Number) output(march).get("target")).doubleValue()).isEqualTo(3000.0);
		assertThat(((Number) output(march).get("expected")).doubleValue()).isEqualTo(600.0);
	}

	@Test
	void the_office_of_another_unit_cannot_prepare_this_units_plan() {
		ChiTieuUser otherOffice = this.users.findByUsername("vanphong").orElseThrow();
		assertThatThrownBy(() -> this.editing.prepareNextYear(otherOffice, "PV-2025"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> output(Map<String, Object> report) {
		return ((List<Map<String, Object>>) report.get("indicators")).get(0);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> progress(String period) {
		return this.admin.getForObject("/api/v1/progress?orgUnit=PV&period=" + period, Map.class);
	}

	private ResponseEntity<String> post(String plan) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.admin.postForEntity("/api/v1/metadata", new HttpEntity<>(LOCALITY.formatted(plan), headers),
				String.class);
	}

}

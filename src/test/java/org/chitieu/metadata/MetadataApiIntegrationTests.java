package org.chitieu.metadata;

import java.util.List;
import java.util.Map;

import org.chitieu.datavalue.DataValueImportTestFiles;
import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A locality the demo never heard of, posted as one metadata document, filled with figures through
 * the API and evaluated: every number below is worked out by hand from DESIGN.md's rules.
 */
@ChiTieuIntegrationTest
class MetadataApiIntegrationTests {

	private static final String LOCALITY = """
			{ "orgUnits": [
			    {"code": "ZZ-C1", "name": "Xã Một", "type": "COMMUNE", "parent": "ZZ-D"},
			    {"code": "ZZ", "name": "Tỉnh Thử", "type": "PROVINCE", "parent": null},
			    {"code": "ZZ-D", "name": "Huyện Thử", "type": "DISTRICT", "parent": "ZZ"},
			    {"code": "ZZ-OLD", "name": "Xã Cũ", "type": "COMMUNE", "parent": "ZZ-D", "validTo": "2024-12-31"},
			    {"code": "ZZ-C2", "name": "Xã Hai", "type": "COMMUNE", "parent": "ZZ-D", "validFrom": "2025-01-01"}],
			  "successions": [{"from": "ZZ-OLD", "to": "ZZ-C2", "weight": 1.0, "date": "2025-01-01"}],
			  "sectors": [{"code": "ZZ-S", "name": "Lĩnh vực thử", "nameEn": "Test sector"}],
			  "agencies": [{"code": "ZZ-A", "name": "Phòng thử", "orgUnit": "ZZ-D"}],
			  "indicators": [
			    {"code": "ZZ_OUT", "name": "Sản lượng", "unit": "tấn", "sector": "ZZ-S", "agency": "ZZ-A", "kind": "RAW",
			     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 0, "tolerance": 0},
			    {"code": "ZZ_NUM", "name": "Tử số", "unit": "hồ sơ", "sector": "ZZ-S", "agency": "ZZ-A", "kind": "RAW",
			     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 0},
			    {"code": "ZZ_DEN", "name": "Mẫu số", "unit": "hồ sơ", "sector": "ZZ-S", "agency": "ZZ-A", "kind": "RAW",
			     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 0},
			    {"code": "ZZ_RATE", "name": "Tỷ lệ", "unit": "%", "sector": "ZZ-S", "agency": "ZZ-A", "kind": "COMPUTED",
			     "formula": "100 * #{ZZ_NUM} / #{ZZ_DEN}", "timeAggregation": "SUM", "spaceAggregation": "NONE",
			     "polarity": "HIGHER", "decimals": 2},
			    {"code": "ZZ_LEVEL", "name": "Mức", "unit": "%", "sector": "ZZ-S", "agency": "ZZ-A", "kind": "RAW",
			     "timeAggregation": "LAST", "spaceAggregation": "AVERAGE", "polarity": "LOWER", "decimals": 1},
			    {"code": "ZZ_EMPTY", "name": "Chưa có số liệu", "unit": "lớp", "sector": "ZZ-S", "agency": "ZZ-A",
			     "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER"}],
			  "plans": [{"code": "ZZ-2025", "orgUnit": "ZZ-D", "year": 2025, "resolution": "Nghị quyết thử",
			     "targets": [{"indicator": "ZZ_OUT", "value": 1200},
			                 {"indicator": "ZZ_RATE", "value": 50, "schedule": "FLAT"},
			                 {"indicator": "ZZ_LEVEL", "value": 5},
			                 {"indicator": "ZZ_EMPTY", "value": 10, "schedule": "EVEN"}]}] }
			""";

	@Autowired
	TestRestTemplate rest;

	private TestRestTemplate admin;

	@BeforeEach
	void postLocality() {
		this.admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		ResponseEntity<String> posted = this.admin.postForEntity("/api/v1/metadata", json(LOCALITY), String.class);
		assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.OK);
		String csv = "indicator,orgUnit,period,value,comment\n"
				+ monthly("ZZ_OUT", "ZZ-C1", 2024, 100, 100, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28)
				+ monthly("ZZ_OUT", "ZZ-OLD", 2024, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60)
				+ monthly("ZZ_OUT", "ZZ-C1", 2025, 90, 90, 30) + monthly("ZZ_OUT", "ZZ-C2", 2025, 50, 50, 50)
				+ monthly("ZZ_NUM", "ZZ-C1", 2025, 5, 5, 5) + monthly("ZZ_DEN", "ZZ-C1", 2025, 10, 10, 10)
				+ monthly("ZZ_NUM", "ZZ-C2", 2025, 9, 9, 9) + monthly("ZZ_DEN", "ZZ-C2", 2025, 30, 30, 30)
				+ "ZZ_LEVEL,ZZ-C1,2024-03,9,\nZZ_LEVEL,ZZ-OLD,2024-03,7,\n"
				+ "ZZ_LEVEL,ZZ-C1,2024-12,8,\nZZ_LEVEL,ZZ-OLD,2024-12,6,\n"
				+ "ZZ_LEVEL,ZZ-C1,2025-01,7,\nZZ_LEVEL,ZZ-C2,2025-01,7,\n"
				+ "ZZ_LEVEL,ZZ-C1,2025-03,6,\nZZ_LEVEL,ZZ-C2,2025-03,5,\n";
		ResponseEntity<String> imported = this.admin.postForEntity("/api/v1/datavalues/import",
				DataValueImportTestFiles.csv(csv), String.class);
		assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_new_locality_is_evaluated_by_the_rules() {
		Map<String, Object> report = this.admin.getForObject("/api/v1/progress?orgUnit=ZZ-D&period=2025-03", Map.class);
		assertThat(report.get("summary")).isEqualTo(Map.of("onTrack", 1, "total", 4));
		List<Map<String, Object>> indicators = (List<Map<String, Object>>) report.get("indicators");

		// children's sums on today's boundaries; ZZ-C2's last year is its predecessor ZZ-OLD's
		Map<String, Object> output = find(indicators, "ZZ_OUT");
		assertThat(number(output, "actual")).isEqualTo(360.0);
		assertThat(number(output, "expected")).isCloseTo(1200.0 * 408 / 1200, within(1e-9));
		assertThat(number(output, "lastYear")).isEqualTo(408.0);
		assertThat(number(output, "delta")).isEqualTo(-48.0);
		assertThat(number(output, "deltaPercent")).isCloseTo(100.0 * (360.0 / 408 - 1), within(1e-9));
		assertThat(number(output, "percentOfPlan")).isCloseTo(30.0, within(1e-9));
		assertThat(output.get("status")).isEqualTo("BEHIND");

		// a rate of sums (35), not a mean of rates (40)
		Map<String, Object> rate = find(indicators, "ZZ_RATE");
		assertThat(number(rate, "actual")).isCloseTo(35.0, within(1e-9));
		assertThat(number(rate, "expected")).isEqualTo(50.0);
		assertThat(rate.get("lastYear")).isNull();
		assertThat(rate.get("delta")).isNull();
		assertThat(rate.get("status")).isEqualTo("BEHIND");

		// LAST over months, AVERAGE over children; LINEAR from last December's 7 towards 5
		Map<String, Object> level = find(indicators, "ZZ_LEVEL");
		assertThat(number(level, "actual")).isCloseTo(5.5, within(1e-9));
		assertThat(number(level, "expected")).isCloseTo(6.5, within(1e-9));
		assertThat(number(level, "lastYear")).isCloseTo(8.0, within(1e-9));
		assertThat(number(level, "deltaPercent")).isCloseTo(-31.25, within(1e-9));
		assertThat(level.get("status")).isEqualTo("ON_TRACK");

		Map<String, Object> empty = find(indicators, "ZZ_EMPTY");
		assertThat(empty.get("status")).isEqualTo("NO_DATA");
		assertThat(empty.get("actual")).isNull();
		assertThat(number(empty, "expected")).isCloseTo(2.5, within(1e-9));
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_metadata_document_comes_back_as_it_was_posted() {
		Map<String, Object> document = this.admin.getForObject("/api/v1/metadata", Map.class);
		List<Map<String, Object>> plans = (List<Map<String, Object>>) document.get("plans");
		Map<String, Object> plan = plans.stream().filter(p -> "ZZ-2025".equals(p.get("code"))).findFirst().orElseThrow();
		assertThat(plan).containsEntry("orgUnit", "ZZ-D").containsEntry("year", 2025);
		assertThat((List<Map<String, Object>>) plan.get("targets")).extracting(t -> t.get("indicator"))
			.containsExactly("ZZ_OUT", "ZZ_RATE", "ZZ_LEVEL", "ZZ_EMPTY");
		List<Map<String, Object>> successions = (List<Map<String, Object>>) document.get("successions");
		assertThat(successions).anySatisfy(s -> assertThat(s).containsEntry("from", "ZZ-OLD").containsEntry("to", "ZZ-C2"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_document_with_errors_lists_each_and_saves_nothing() {
		String broken = """
				{ "orgUnits": [{"code": "ZZ-NEW", "name": "Xã Mới", "type": "VILLAGE", "parent": "NOWHERE"}],
				  "indicators": [{"code": "ZZ_BAD", "name": "Sai", "kind": "COMPUTED", "formula": "100 * #{ZZ_NONE} /",
				     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "UP"}] }
				""";
		ResponseEntity<Map> response = this.admin.postForEntity("/api/v1/metadata", json(broken), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
		assertThat(errors).extracting(error -> error.get("field"))
			.contains("orgUnits[0].type", "orgUnits[0].parent", "indicators[0].formula", "indicators[0].polarity");
		assertThat(errors).extracting(error -> error.get("message")).contains("Không có đơn vị hành chính mã \"NOWHERE\".");
		Map<String, Object> document = this.admin.getForObject("/api/v1/metadata", Map.class);
		assertThat(document.toString()).doesNotContain("ZZ-NEW", "ZZ_BAD");
	}

	@Test
	@SuppressWarnings("unchecked")
	void an_import_with_a_bad_row_names_it_and_writes_no_row() {
		String csv = """
				indicator,orgUnit,period,value,comment
				ZZ_EMPTY,ZZ-C1,2025-02,4,
				ZZ_EMPTY,ZZ-C1,2025-13,4,
				ZZ_RATE,ZZ-C1,2025-02,4,
				ZZ_EMPTY,ZZ-C1,2025-03,bốn,
				""";
		ResponseEntity<Map> response = this.admin.postForEntity("/api/v1/datavalues/import",
				DataValueImportTestFiles.csv(csv), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("line 5");
		Map<String, Object> report = this.admin.getForObject("/api/v1/progress?orgUnit=ZZ-D&period=2025-03", Map.class);
		Map<String, Object> empty = find((List<Map<String, Object>>) report.get("indicators"), "ZZ_EMPTY");
		assertThat(empty.get("status")).isEqualTo("NO_DATA");
	}

	private static String monthly(String indicator, String unit, int year, int... values) {
		StringBuilder lines = new StringBuilder();
		for (int month = 1; month <= values.length; month++) {
			lines.append(indicator).append(',').append(unit).append(',')
				.append(String.format("%d-%02d", year, month)).append(',').append(values[month - 1]).append(",\n");
		}
		return lines.toString();
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private static Map<String, Object> find(List<Map<String, Object>> indicators, String code) {
		return indicators.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
	}

	private static double number(Map<String, Object> indicator, String field) {
		return ((Number) indicator.get(field)).doubleValue();
	}

}

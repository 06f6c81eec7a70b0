package org.chitieu.progress.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
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
import static org.assertj.core.api.Assertions.within;

/**
 * A locality of its own that goes through the 1/7/2025 reorganisation, posted through the API:
 * province MG stays; its district MG-D and communes MG-A, MG-B, MG-S end on 30/6/2025; from
 * 1/7/2025 MG-N1 takes MG-A and half of MG-S, MG-N2 takes MG-B and the other half, both directly
 * under MG. Every figure of {@code GET /api/v1/progress} below is worked out by hand from the rule
 * "Units born or ended within a year" in DESIGN.md.
 */
@ChiTieuIntegrationTest
class ReorganisationProgressIntegrationTests {

	private static final String LOCALITY = """
			{ "orgUnits": [
			    {"code": "MG", "name": "Tỉnh Sáp Nhập", "type": "PROVINCE", "parent": null},
			    {"code": "MG-D", "name": "Huyện Cũ", "type": "DISTRICT", "parent": "MG", "validTo": "2025-06-30"},
			    {"code": "MG-A", "name": "Xã A", "type": "COMMUNE", "parent": "MG-D", "validTo": "2025-06-30"},
			    {"code": "MG-B", "name": "Xã B", "type": "COMMUNE", "parent": "MG-D", "validTo": "2025-06-30"},
			    {"code": "MG-S", "name": "Xã Chia Đôi", "type": "COMMUNE", "parent": "MG-D", "validTo": "2025-06-30"},
			    {"code": "MG-N1", "name": "Xã Mới Một", "type": "COMMUNE", "parent": "MG", "validFrom": "2025-07-01"},
			    {"code": "MG-N2", "name": "Xã Mới Hai", "type": "COMMUNE", "parent": "MG", "validFrom": "2025-07-01"}],
			  "successions": [
			    {"from": "MG-A", "to": "MG-N1", "weight": 1.0, "date": "2025-07-01"},
			    {"from": "MG-S", "to": "MG-N1", "weight": 0.5, "date": "2025-07-01"},
			    {"from": "MG-B", "to": "MG-N2", "weight": 1.0, "date": "2025-07-01"},
			    {"from": "MG-S", "to": "MG-N2", "weight": 0.5, "date": "2025-07-01"}],
			  "sectors": [{"code": "MG-AGRI", "name": "Nông nghiệp thử", "nameEn": "Test agriculture"}],
			  "agencies": [{"code": "MG-NN", "name": "Phòng Kinh tế thử", "orgUnit": "MG"}],
			  "indicators": [
			    {"code": "MG_RICE", "name": "Sản lượng lúa", "unit": "tấn", "sector": "MG-AGRI", "agency": "MG-NN",
			     "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER",
			     "decimals": 0, "tolerance": 0.05},
			    {"code": "MG_ONLINE", "name": "Hồ sơ trực tuyến", "unit": "hồ sơ", "sector": "MG-AGRI", "agency": "MG-NN",
			     "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER"},
			    {"code": "MG_DOSSIERS", "name": "Hồ sơ tiếp nhận", "unit": "hồ sơ", "sector": "MG-AGRI", "agency": "MG-NN",
			     "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER"},
			    {"code": "MG_ONLINE_RATE", "name": "Tỷ lệ hồ sơ trực tuyến", "unit": "%", "sector": "MG-AGRI",
			     "agency": "MG-NN", "kind": "COMPUTED", "formula": "100 * #{MG_ONLINE} / #{MG_DOSSIERS}",
			     "timeAggregation": "LAST", "spaceAggregation": "NONE", "polarity": "HIGHER", "decimals": 2},
			    {"code": "MG_WATER", "name": "Hộ dùng nước sạch", "unit": "hộ", "sector": "MG-AGRI", "agency": "MG-NN",
			     "kind": "RAW", "timeAggregation": "LAST", "spaceAggregation": "SUM", "polarity": "HIGHER"}],
			  "plans": [
			    {"code": "MG-2025", "orgUnit": "MG", "year": 2025, "resolution": "Nghị quyết thử 2025",
			     "targets": [{"indicator": "MG_RICE", "value": 12500}]},
			    {"code": "MG-N1-2025", "orgUnit": "MG-N1", "year": 2025, "resolution": "Nghị quyết thử xã 2025",
			     "targets": [{"indicator": "MG_RICE", "value": 8000},
			                 {"indicator": "MG_ONLINE_RATE", "value": 90, "schedule": "FLAT"},
			                 {"indicator": "MG_WATER", "value": 2200}]},
			    {"code": "MG-N1-2026", "orgUnit": "MG-N1", "year": 2026, "resolution": "Nghị quyết thử xã 2026",
			     "targets": [{"indicator": "MG_RICE", "value": 8400}]}] }
			""";

	@Autowired
	TestRestTemplate rest;

	private TestRestTemplate admin;

	@BeforeEach
	void postLocality() {
		this.admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		ResponseEntity<String> posted = this.admin.postForEntity("/api/v1/metadata", json(LOCALITY), String.class);
		assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> rows = new ArrayList<>();
		// rice by the Mekong seasons: winter–spring in February–March, summer–autumn in June–July,
		// autumn–winter in November–December
		monthly(rows, "MG_RICE", "MG-A", 2024, 1, 0, 2000, 1500, 0, 0, 800, 1200, 0, 0, 0, 900, 600);
		monthly(rows, "MG_RICE", "MG-B", 2024, 1, 0, 1000, 500, 0, 0, 400, 600, 0, 0, 0, 300, 200);
		monthly(rows, "MG_RICE", "MG-S", 2024, 1, 0, 400, 400, 0, 0, 200, 200, 0, 0, 0, 200, 600);
		monthly(rows, "MG_RICE", "MG-A", 2025, 1, 0, 2100, 1500, 0, 0, 900);
		monthly(rows, "MG_RICE", "MG-B", 2025, 1, 0, 1000, 600, 0, 0, 400);
		monthly(rows, "MG_RICE", "MG-S", 2025, 1, 0, 500, 300, 0, 0, 200);
		monthly(rows, "MG_RICE", "MG-N1", 2025, 7, 1300, 0, 0, 0, 1000, 800);
		monthly(rows, "MG_RICE", "MG-N2", 2025, 7, 700, 0, 0, 0, 400, 300);
		monthly(rows, "MG_RICE", "MG-N1", 2026, 1, 0, 2400, 1800, 0, 0, 1000, 1400, 0, 0, 0, 1100);
		monthly(rows, "MG_ONLINE", "MG-A", 2025, 1, 10, 10, 10, 10, 10, 10);
		monthly(rows, "MG_DOSSIERS", "MG-A", 2025, 1, 12, 12, 12, 12, 12, 12);
		monthly(rows, "MG_ONLINE", "MG-S", 2025, 1, 4, 4, 4, 4, 4, 4);
		monthly(rows, "MG_DOSSIERS", "MG-S", 2025, 1, 6, 6, 6, 6, 6, 6);
		monthly(rows, "MG_ONLINE", "MG-N1", 2025, 7, 15, 15, 15);
		monthly(rows, "MG_DOSSIERS", "MG-N1", 2025, 7, 16, 16, 16);
		monthly(rows, "MG_WATER", "MG-A", 2024, 6, 1650);
		monthly(rows, "MG_WATER", "MG-S", 2024, 6, 560);
		monthly(rows, "MG_WATER", "MG-A", 2024, 12, 1700);
		monthly(rows, "MG_WATER", "MG-S", 2024, 12, 580);
		monthly(rows, "MG_WATER", "MG-A", 2025, 6, 1800);
		monthly(rows, "MG_WATER", "MG-S", 2025, 6, 600);
		monthly(rows, "MG_WATER", "MG-N1", 2025, 9, 2150);
		ResponseEntity<String> written = this.admin.postForEntity("/api/v1/datavalues", new HttpEntity<>(rows, jsonHeaders()),
				String.class);
		assertThat(written.getStatusCode()).as(written.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void a_new_commune_in_september_of_the_merger_year_counts_its_predecessors_january_to_june() {
		Map<String, Object> report = progress("MG-N1", "2025-09");
		assertThat(report.get("summary")).isEqualTo(Map.of("onTrack", 2, "total", 3));

		// 2025: MG-A 4.500 + ½·MG-S 1.000 to June, then its own 1.300; 2024 to September: 5.500 + ½·1.200
		// of a year of 7.000 + ½·2.000
		Map<String, Object> rice = indicator(report, "MG_RICE");
		assertThat(number(rice, "target")).isEqualTo(8000.0);
		assertThat(number(rice, "actual")).isEqualTo(6300.0);
		assertThat(number(rice, "lastYear")).isEqualTo(6100.0);
		assertThat(number(rice, "expected")).isCloseTo(8000.0 * 6100 / 8000, within(1e-9));
		assertThat(rice.get("status")).isEqualTo("ON_TRACK");
		assertThat(number(rice, "delta")).isEqualTo(200.0);
		assertThat(number(rice, "deltaPercent")).isCloseTo(3.278688524590164, within(1e-9));
		assertThat(number(rice, "percentOfPlan")).isCloseTo(78.75, within(1e-9));

		// a rate of sums: 100·(60 + ½·24 + 45) / (72 + ½·36 + 48); nothing entered in 2024
		Map<String, Object> rate = indicator(report, "MG_ONLINE_RATE");
		assertThat(number(rate, "target")).isEqualTo(90.0);
		assertThat(number(rate, "actual")).isCloseTo(84.78260869565217, within(1e-9));
		assertThat(number(rate, "expected")).isEqualTo(90.0);
		assertThat(rate.get("status")).isEqualTo("BEHIND");
		assertThat(rate.get("lastYear")).isNull();
		assertThat(rate.get("delta")).isNull();
		assertThat(rate.get("deltaPercent")).isNull();
		assertThat(number(rate, "percentOfPlan")).isCloseTo(94.20289855072463, within(1e-9));

		// a level summed over units: LINEAR from December 2024's 1.700 + ½·580 = 1.990 towards 2.200
		Map<String, Object> water = indicator(report, "MG_WATER");
		assertThat(number(water, "target")).isEqualTo(2200.0);
		assertThat(number(water, "actual")).isEqualTo(2150.0);
		assertThat(number(water, "expected")).isCloseTo(1990 + (2200 - 1990) * 9 / 12.0, within(1e-9));
		assertThat(water.get("status")).isEqualTo("ON_TRACK");
		assertThat(number(water, "lastYear")).isEqualTo(1650 + 560 / 2.0);
		assertThat(number(water, "delta")).isEqualTo(220.0);
		assertThat(number(water, "deltaPercent")).isCloseTo(11.39896373056995, within(1e-9));
		assertThat(number(water, "percentOfPlan")).isCloseTo(97.72727272727273, within(1e-9));
	}

	@Test
	void a_new_commune_before_it_was_formed_shows_its_predecessors_figures() {
		Map<String, Object> rice = indicator(progress("MG-N1", "2025-03"), "MG_RICE");

		assertThat(number(rice, "actual")).isEqualTo(2100 + 1500 + (500 + 300) / 2.0);
		assertThat(number(rice, "lastYear")).isEqualTo(2000 + 1500 + (400 + 400) / 2.0);
	}

	@Test
	void the_year_after_the_merger_expects_by_a_seasonal_profile_that_counts_the_predecessors() {
		// 2025: 5.000 to June from the predecessors, then 1.300, 0, 0, 0, 1.000, 800 (8.100 in all)
		Map<String, Object> may = indicator(progress("MG-N1", "2026-05"), "MG_RICE");
		assertThat(number(may, "target")).isEqualTo(8400.0);
		assertThat(number(may, "actual")).isEqualTo(4200.0);
		assertThat(number(may, "lastYear")).isEqualTo(4000.0);
		assertThat(number(may, "expected")).isCloseTo(8400.0 * 4000 / 8100, within(1e-9));
		assertThat(may.get("status")).isEqualTo("ON_TRACK");
		assertThat(number(may, "delta")).isEqualTo(200.0);
		assertThat(number(may, "deltaPercent")).isCloseTo(5.0, within(1e-9));
		assertThat(number(may, "percentOfPlan")).isCloseTo(50.0, within(1e-9));

		Map<String, Object> november = indicator(progress("MG-N1", "2026-11"), "MG_RICE");
		assertThat(number(november, "actual")).isEqualTo(7700.0);
		assertThat(number(november, "lastYear")).isEqualTo(7300.0);
		assertThat(number(november, "expected")).isCloseTo(8400.0 * 7300 / 8100, within(1e-9));
		assertThat(november.get("status")).isEqualTo("ON_TRACK");
		assertThat(number(november, "delta")).isEqualTo(400.0);
		assertThat(number(november, "deltaPercent")).isCloseTo(5.479452054794521, within(1e-9));
		assertThat(number(november, "percentOfPlan")).isCloseTo(91.66666666666667, within(1e-9));
	}

	@Test
	void a_province_that_stays_counts_each_month_once_across_the_merger() {
		// January–June from the old communes (7.500), July–September from the new ones (1.300 + 700);
		// 2024 on today's boundaries: 9.200 to September of 12.000; 5% tolerance
		Map<String, Object> rice = indicator(progress("MG", "2025-09"), "MG_RICE");
		assertThat(number(rice, "target")).isEqualTo(12500.0);
		assertThat(number(rice, "actual")).isEqualTo(9500.0);
		assertThat(number(rice, "lastYear")).isEqualTo(9200.0);
		assertThat(number(rice, "expected")).isCloseTo(12500.0 * 9200 / 12000, within(1e-9));
		assertThat(rice.get("status")).isEqualTo("ON_TRACK");
		assertThat(number(rice, "delta")).isEqualTo(300.0);
		assertThat(number(rice, "deltaPercent")).isCloseTo(3.260869565217391, within(1e-9));
		assertThat(number(rice, "percentOfPlan")).isCloseTo(76.0, within(1e-9));
	}

	private Map<String, Object> progress(String unit, String period) {
		ResponseEntity<Map> response = this.admin.getForEntity("/api/v1/progress?orgUnit=" + unit + "&period=" + period,
				Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> indicator(Map<String, Object> report, String code) {
		return ((List<Map<String, Object>>) report.get("indicators")).stream()
			.filter(indicator -> code.equals(indicator.get("code")))
			.findFirst()
			.orElseThrow();
	}

	private static double number(Map<String, Object> indicator, String field) {
		return ((Number) indicator.get(field)).doubleValue();
	}

	/** Values for months {@code from}, {@code from + 1}, ... */
	private static void monthly(List<Map<String, Object>> rows, String indicator, String unit, int year, int from,
			int... values) {
		for (int i = 0; i < values.length; i++) {
			rows.add(Map.of("indicator", indicator, "orgUnit", unit, "period", String.format("%d-%02d", year, from + i),
					"value", values[i]));
		}
	}

	private static HttpEntity<String> json(String body) {
		return new HttpEntity<>(body, jsonHeaders());
	}

	private static HttpHeaders jsonHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

}

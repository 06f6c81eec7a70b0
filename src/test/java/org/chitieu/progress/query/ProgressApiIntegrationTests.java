package org.chitieu.progress.query;

import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@ChiTieuIntegrationTest
class ProgressApiIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Test
	@SuppressWarnings("unchecked")
	void the_demo_reproduces_the_articles_figures_for_can_duoc_in_may_2024() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/progress?orgUnit=CD&period=2024-05", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> body = response.getBody();
		assertThat(body.get("summary")).isEqualTo(Map.of("onTrack", 22, "total", 24));
		assertThat(body.get("window")).isEqualTo(Map.of("from", "2024-04-15", "to", "2024-05-14"));
		List<Map<String, Object>> indicators = (List<Map<String, Object>>) body.get("indicators");
		assertThat(number(indicators, "RICE", "delta")).isEqualTo(9087.0);
		assertThat(number(indicators, "VEGETABLE", "delta")).isEqualTo(1700.0);
		assertThat(number(indicators, "SHRIMP", "delta")).isCloseTo(50.19, Offset.offset(1e-9));
		assertThat(number(indicators, "SVC_ONLINE_RATE", "actual")).isCloseTo(100.0 * 97 / 98,
				Offset.offset(1e-9));
		assertThat(number(indicators, "DOSSIER_DIGITISED_RATE", "actual")).isEqualTo(100.0);
		assertThat(number(indicators, "GPMB_PAID_RATE", "actual")).isEqualTo(81.0);
		assertThat(number(indicators, "WELFARE_FUNDS", "actual")).isGreaterThan(14.0);
		assertThat(number(indicators, "VOC_CLASSES", "actual")).isEqualTo(7.0);
		assertThat(number(indicators, "JOBS", "actual")).isEqualTo(7633.0);
		assertThat(indicators).filteredOn(indicator -> "BEHIND".equals(indicator.get("status")))
			.extracting(indicator -> indicator.get("code"))
			.containsExactlyInAnyOrder("BUDGET_REVENUE", "INVEST_DISBURSE_RATE");
	}

	@Test
	void an_unknown_org_unit_is_a_problem_detail_in_vietnamese() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/progress?orgUnit=NOWHERE&period=2024-05", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.getBody().get("detail")).isEqualTo("Không có đơn vị hành chính mã \"NOWHERE\".");
	}

	@Test
	void a_malformed_period_is_refused_with_the_expected_form() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/progress?orgUnit=CD&period=2024-13", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("YYYY-MM");
	}

	@Test
	void a_quarter_is_the_year_to_date_at_its_last_month_over_the_quarters_own_window() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/progress?orgUnit=CD&period=2024-Q1", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().get("period")).isEqualTo("2024-Q1");
		assertThat(response.getBody().get("window")).isEqualTo(Map.of("from", "2023-12-15", "to", "2024-03-14"));
		Map<?, ?> march = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/progress?orgUnit=CD&period=2024-03", Map.class)
			.getBody();
		assertThat(response.getBody().get("indicators")).isEqualTo(march.get("indicators"));
		assertThat(response.getBody().get("summary")).isEqualTo(march.get("summary"));
	}

	@Test
	void every_period_key_of_the_calendar_is_accepted() {
		Map<String, Map<String, String>> windows = Map.of("2024-H1", Map.of("from", "2023-12-15", "to", "2024-06-14"),
				"2024-H2", Map.of("from", "2024-06-15", "to", "2024-12-14"), "2024-9M",
				Map.of("from", "2023-12-15", "to", "2024-09-14"), "2024", Map.of("from", "2023-12-15", "to", "2024-12-14"));
		windows.forEach((key, window) -> {
			ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
				.getForEntity("/api/v1/progress?orgUnit=CD&period=" + key, Map.class);
			assertThat(response.getStatusCode()).as(key).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody().get("period")).isEqualTo(key);
			assertThat(response.getBody().get("window")).as(key).isEqualTo(window);
		});
	}

	@Test
	void a_bad_period_key_names_every_accepted_form() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/progress?orgUnit=CD&period=2024-Q5", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("2024-Q5", "YYYY-MM, YYYY-Qn, YYYY-H1, YYYY-H2, YYYY-9M, YYYY");
	}

	@Test
	void progress_needs_credentials() {
		ResponseEntity<String> response = this.rest.getForEntity("/api/v1/progress?orgUnit=CD&period=2024-05",
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
	}

	private static double number(List<Map<String, Object>> indicators, String code, String field) {
		return indicators.stream()
			.filter(indicator -> code.equals(indicator.get("code")))
			.map(indicator -> ((Number) indicator.get(field)).doubleValue())
			.findFirst()
			.orElseThrow();
	}

}

package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody writes outside their scope: every write endpoint answers 403 and changes nothing. The
 * demo's reporter {@code nhaplieu.nn} belongs to the agriculture department (CD-NN) of district CD.
 */
@ChiTieuIntegrationTest
class DataValueScopeIntegrationTests {

	private static final String PASSWORD = ChiTieuIntegrationTest.DEMO_PASSWORD;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	DataValues values;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	@Test
	void a_reporter_cannot_enter_another_departments_indicator() {
		Optional<DataValue> before = stored("BUDGET_REVENUE", "CD", 2022, 5);
		ResponseEntity<String> response = asReporter().postForEntity("/api/v1/datavalues",
				List.of(row("BUDGET_REVENUE", "CD", "2022-05", "999")), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(stored("BUDGET_REVENUE", "CD", 2022, 5)).isEqualTo(before);
	}

	@Test
	void a_reporter_cannot_enter_outside_their_org_units_subtree() {
		ResponseEntity<String> response = asReporter().postForEntity("/api/v1/datavalues",
				List.of(row("RICE", "LA", "2022-06", "10")), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(stored("RICE", "LA", 2022, 6)).isEmpty();
	}

	@Test
	void one_row_outside_the_scope_refuses_the_whole_batch() {
		ResponseEntity<String> response = asReporter().postForEntity("/api/v1/datavalues",
				List.of(row("RICE", "CD-PHUOC-VAN", "2022-07", "100"), row("JOBS", "CD", "2022-07", "5")),
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(stored("RICE", "CD-PHUOC-VAN", 2022, 7)).isEmpty();
	}

	@Test
	void an_import_with_a_row_outside_the_scope_writes_nothing() {
		String csv = """
				indicator,orgUnit,period,value,comment
				RICE,CD-PHUOC-VAN,2022-08,100,
				BUDGET_REVENUE,CD,2022-08,5,
				""";
		ResponseEntity<String> response = asReporter().exchange("/api/v1/datavalues/import",
				HttpMethod.POST, DataValueImportTestFiles.csv(csv), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(stored("RICE", "CD-PHUOC-VAN", 2022, 8)).isEmpty();
	}

	@Test
	void a_leader_directs_but_does_not_enter_figures() {
		ResponseEntity<String> response = this.rest.withBasicAuth("lanhdao", PASSWORD)
			.postForEntity("/api/v1/datavalues", List.of(row("RICE", "CD-PHUOC-VAN", "2022-09", "1")), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(stored("RICE", "CD-PHUOC-VAN", 2022, 9)).isEmpty();
	}

	@Test
	void only_an_administrator_posts_metadata() {
		ResponseEntity<String> response = asReporter().postForEntity("/api/v1/metadata",
				Map.of("sectors", List.of(Map.of("code", "HACKED", "name", "x"))), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.catalogue.findSectors()).noneMatch(sector -> sector.code().equals("HACKED"));
	}

	@Test
	void a_reporter_cannot_read_progress_outside_their_org_unit() {
		assertThat(asReporter().getForEntity("/api/v1/progress?orgUnit=LA&period=2022-05", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void a_reporters_own_figure_is_submitted_for_approval() {
		ResponseEntity<Map> response = asReporter().postForEntity("/api/v1/datavalues",
				List.of(row("RICE", "CD-PHUOC-VAN", "2022-10", "321.5")), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("written", 1);
		DataValue value = stored("RICE", "CD-PHUOC-VAN", 2022, 10).orElseThrow();
		assertThat(value.value()).isEqualByComparingTo("321.5");
		assertThat(value.status()).isEqualTo(DataValueStatus.SUBMITTED);
		assertThat(value.updatedBy()).isEqualTo("nhaplieu.nn");
	}

	@Test
	void a_bearer_token_acts_for_its_user() {
		ResponseEntity<Map> issued = asReporter().postForEntity("/api/v1/tokens", Map.of("name", "script"), Map.class);
		assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth((String) issued.getBody().get("token"));
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> refused = this.rest.exchange("/api/v1/datavalues", HttpMethod.POST,
				new HttpEntity<>(List.of(row("BUDGET_REVENUE", "CD", "2022-11", "1")), headers), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> accepted = this.rest.exchange("/api/v1/datavalues", HttpMethod.POST,
				new HttpEntity<>(List.of(row("RICE", "CD-PHUOC-VAN", "2022-11", "2")), headers), String.class);
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
		headers.setBearerAuth("not-a-token");
		assertThat(this.rest.exchange("/api/v1/progress?orgUnit=CD&period=2022-05", HttpMethod.GET,
				new HttpEntity<>(headers), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private TestRestTemplate asReporter() {
		return this.rest.withBasicAuth("nhaplieu.nn", PASSWORD);
	}

	private Optional<DataValue> stored(String indicator, String unit, int year, int month) {
		return this.values.find(this.catalogue.findByCode(indicator).orElseThrow().id(),
				this.orgUnits.findByCode(unit).orElseThrow().id(), year, month);
	}

	static DataValueRow row(String indicator, String unit, String period, String value) {
		return new DataValueRow(indicator, unit, period, new BigDecimal(value), null);
	}

}

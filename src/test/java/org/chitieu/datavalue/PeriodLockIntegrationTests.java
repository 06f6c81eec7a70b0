package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office closes July 2024 for the district; a commune's figure of that month is then
 * refused until the office reopens it. Tân Ân in July is used by no other test.
 */
@ChiTieuIntegrationTest
class PeriodLockIntegrationTests {

	private static final String OFFICE = "vanphong";

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void reopen() {
		as(OFFICE).exchange("/api/v1/locks?orgUnit=CD&period=2024-07&reason=test", HttpMethod.DELETE, null, Void.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_closed_month_refuses_figures_of_every_unit_below_until_the_office_reopens_it() {
		ResponseEntity<Map> locked = as(OFFICE).postForEntity("/api/v1/locks",
				Map.of("orgUnit", "CD", "period", "2024-07"), Map.class);
		assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(locked.getBody()).containsEntry("lockedBy", OFFICE);

		ResponseEntity<Map> refused = rice();
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().toString()).contains("đã khóa sổ");

		assertThat(as(OFFICE).exchange("/api/v1/locks?orgUnit=CD&period=2024-07&reason=test", HttpMethod.DELETE, null, Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(rice().getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void a_reporter_cannot_close_a_month() {
		assertThat(as("nhaplieu.nn").postForEntity("/api/v1/locks", Map.of("orgUnit", "CD", "period", "2024-07"),
				String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as(OFFICE).getForEntity("/api/v1/locks?orgUnit=CD&period=2024-07", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<Map> rice() {
		return as("nhaplieu.nn").postForEntity("/api/v1/datavalues",
				List.of(new DataValueRow("RICE", "CD-TAN-AN", "2024-07", new BigDecimal("75"), null)), Map.class);
	}

	private TestRestTemplate as(String username) {
		return this.rest.withBasicAuth(username, ChiTieuIntegrationTest.DEMO_PASSWORD);
	}

}

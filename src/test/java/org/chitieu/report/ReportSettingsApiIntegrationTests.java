package org.chitieu.report;

import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class ReportSettingsApiIntegrationTests {

	/** April 2024: the demo sets May's report only, which the report tests read. */
	private static final String APRIL = "/api/v1/reports/settings?orgUnit=CD&period=2024-04";

	@Autowired
	TestRestTemplate rest;

	@Test
	void the_demo_sets_the_may_2024_report_of_can_duoc() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("vanphong", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity("/api/v1/reports/settings?orgUnit=CD&period=2024-05", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("number", "05/BC-UBND")
			.containsEntry("reportDate", "2024-05-23")
			.containsEntry("placeName", "Cần Đước")
			.containsEntry("signer", "ACTING_CHAIRMAN")
			.containsEntry("periodConvention", "DECREE_09");
		assertThat((List<String>) response.getBody().get("recipients")).last().isEqualTo("Lưu: VT");
	}

	@Test
	void the_office_sets_a_months_report_and_the_report_follows() {
		// place, signer, recipients and convention are the unit's, for every month: put them back after
		String may = "/api/v1/reports/settings?orgUnit=CD&period=2024-05";
		Map<String, Object> demo = office().getForObject(may, Map.class);
		Map<String, Object> settings = Map.of("placeName", "Cần Đước", "signer", "VICE_CHAIRMAN", "signerName",
				"Trần Văn B", "recipients", List.of("UBND tỉnh Long An", "Lưu: VT"), "periodConvention", "CALENDAR",
				"number", "04/BC-UBND", "reportDate", "2024-04-05", "tasks", List.of("Thu ngân sách."));
		try {
			ResponseEntity<Map> saved = office().exchange(APRIL, HttpMethod.PUT, new HttpEntity<>(settings), Map.class);
			assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(saved.getBody()).containsEntry("number", "04/BC-UBND").containsEntry("signer", "VICE_CHAIRMAN");

			String page = office().getForObject("/api/v1/reports/monthly?orgUnit=CD&period=2024-04&format=html",
					String.class);
			assertThat(page).contains("Số: 04/BC-UBND", "Cần Đước, ngày 05 tháng 4 năm 2024", "KT. CHỦ TỊCH",
					"PHÓ CHỦ TỊCH", "Số liệu từ ngày 1/4/2024 đến ngày 30/4/2024", "- UBND tỉnh Long An;", "- Lưu: VT.",
					"1. Thu ngân sách.");
		}
		finally {
			office().exchange(may, HttpMethod.PUT, new HttpEntity<>(demo), Map.class);
		}
	}

	@Test
	void a_reporter_may_read_the_settings_but_not_change_them() {
		ResponseEntity<Map> read = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity(APRIL, Map.class);
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> write = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.exchange(APRIL, HttpMethod.PUT, new HttpEntity<>(read.getBody()), Map.class);
		assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void settings_without_a_place_or_with_an_empty_line_are_refused_field_by_field() {
		Map<String, Object> settings = Map.of("placeName", " ", "signer", "CHAIRMAN", "recipients", List.of("Lưu: VT", ""),
				"periodConvention", "DECREE_09", "reportDate", "2024-04-05");
		ResponseEntity<Map> response = this.rest.withBasicAuth("vanphong", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.exchange(APRIL, HttpMethod.PUT, new HttpEntity<>(settings), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(error -> error.get("field"))
			.containsExactly("placeName", "recipients[1]");
	}

	private TestRestTemplate office() {
		return this.rest.withBasicAuth("vanphong", ChiTieuIntegrationTest.DEMO_PASSWORD);
	}

}

package org.chitieu.dhis2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.chitieu.ChiTieuApplication;
import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip, between two running instances: this test's application (A) and a second one started
 * here on its own embedded PostgreSQL (B), as two offices would run them. Figures entered in A through
 * our own API, exported in DHIS2's JSON and ADX and posted to B, come out of B the same.
 */
@ChiTieuIntegrationTest
class DataValueSetRoundTripIntegrationTests {

	private static final String ALL_2016 = "/api/dataValueSets?orgUnit=DHT&children=true"
			+ "&startDate=2016-01-01&endDate=2016-12-31";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Test
	void figures_exported_from_one_instance_and_imported_into_another_are_the_same() {
		TestRestTemplate a = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		assertThat(a.postForEntity("/api/v1/metadata", Dhis2TestLocality.metadata(), String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> figures = new ArrayList<>();
		for (int month = 1; month <= 6; month++) {
			String period = "2016-0" + month;
			figures.add(figure("DHT_MEASLES", "DHT-A", period, 10 * month, month == 2 ? "sau Tết" : null));
			figures.add(figure("DHT_MEASLES", "DHT-B", period, month, null));
			figures.add(figure("DHT_COVERAGE", "DHT-A", period, 80 + month / 4.0, null));
			figures.add(figure("DHT_WEIGHT", "DHT-B", period, 2.5 * month, null));
		}
		assertThat(a.postForEntity("/api/v1/datavalues", figures, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		String exported = a.getForObject(ALL_2016, String.class);
		assertThat(this.json.readTree(exported).get("dataValues")).hasSize(24);

		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(ChiTieuApplication.class)
			.profiles("test")
			// an argument, not a default property, so that application.properties' 8080 does not win
			.run("--server.port=0")) {
			RestClient b = RestClient.builder()
				.baseUrl("http://localhost:" + other.getEnvironment().getProperty("local.server.port"))
				.defaultHeaders(headers -> headers.setBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD))
				.build();
			b.post().uri("/api/v1/metadata").contentType(MediaType.APPLICATION_JSON).body(Dhis2TestLocality.metadata())
				.retrieve().toBodilessEntity();

			ResponseEntity<String> imported = b.post().uri("/api/dataValueSets").contentType(MediaType.APPLICATION_JSON)
				.body(exported).retrieve().toEntity(String.class);
			assertThat(this.json.readTree(imported.getBody()).get("response").get("importCount").get("imported").asInt())
				.isEqualTo(24);
			assertThat(figures(b.get().uri(ALL_2016).retrieve().body(String.class))).isEqualTo(figures(exported));

			String quarters = "/api/dataValueSets?orgUnit=DHT&children=true&period=2016Q1&period=2016Q2&period=2016";
			assertThat(figures(b.get().uri(quarters).retrieve().body(String.class)))
				.isEqualTo(figures(a.getForObject(quarters, String.class)))
				.hasSize(3 * 4);

			// the same figures in ADX: every value is already there, so all are updates and nothing changes
			String adx = a.getForObject(ALL_2016.replace("dataValueSets", "dataValueSets.adx"), String.class);
			ResponseEntity<String> again = b.post().uri("/api/dataValueSets")
				.contentType(MediaType.parseMediaType("application/adx+xml;charset=UTF-8")).body(adx).retrieve()
				.toEntity(String.class);
			assertThat(this.json.readTree(again.getBody()).get("response").get("importCount").get("updated").asInt())
				.isEqualTo(24);
			assertThat(figures(b.get().uri(ALL_2016).retrieve().body(String.class))).isEqualTo(figures(exported));
		}
	}

	private static Map<String, Object> figure(String indicator, String unit, String period, double value,
			String comment) {
		Map<String, Object> figure = new java.util.HashMap<>();
		figure.put("indicator", indicator);
		figure.put("orgUnit", unit);
		figure.put("period", period);
		figure.put("value", value);
		figure.put("comment", comment);
		return figure;
	}

	/** What both offices must agree on: element, period, unit, value and comment of each figure. */
	private List<String> figures(String set) {
		List<String> figures = new ArrayList<>();
		for (JsonNode value : this.json.readTree(set).get("dataValues")) {
			figures.add(String.join("|", value.get("dataElement").asString(), value.get("period").asString(),
					value.get("orgUnit").asString(), value.get("value").asString(),
					value.has("comment") ? value.get("comment").asString() : ""));
		}
		figures.sort(null);
		return figures;
	}

}

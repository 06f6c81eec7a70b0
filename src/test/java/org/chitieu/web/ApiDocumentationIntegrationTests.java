package org.chitieu.web;

import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and integrators reach without signing in: health, and the API's description. */
@ChiTieuIntegrationTest
class ApiDocumentationIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Test
	void health_answers_up_once_ready() {
		assertThat(this.rest.getForObject("/actuator/health", Map.class)).isEqualTo(Map.of("status", "UP"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_openapi_document_describes_the_v1_api() {
		ResponseEntity<Map> response = this.rest.getForEntity("/v3/api-docs", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> paths = (Map<String, Object>) response.getBody().get("paths");
		assertThat(paths).containsKeys("/api/v1/metadata", "/api/v1/datavalues", "/api/v1/datavalues/import",
				"/api/v1/progress");
	}

	@Test
	void swagger_ui_is_served() {
		ResponseEntity<String> response = this.rest.getForEntity("/swagger-ui/index.html", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("swagger-ui");
	}

}

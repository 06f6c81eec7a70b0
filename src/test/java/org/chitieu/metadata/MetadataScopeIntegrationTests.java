package org.chitieu.metadata;

import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/metadata} shows a user their subtree; only an ADMIN of the root sees every locality. */
@ChiTieuIntegrationTest
class MetadataScopeIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Test
	void the_district_office_sees_its_district_and_communes_but_not_the_province_or_tay_ninh() {
		Map<String, Object> document = get("vanphong", ChiTieuIntegrationTest.DEMO_PASSWORD);
		assertThat(codes(document, "orgUnits")).contains("CD", "CD-LONG-CANG").doesNotContain("LA", "TN", "TN-LONG-CANG");
		assertThat(codes(document, "agencies")).contains("CD-NN");
		assertThat(codes(document, "plans")).containsExactly("CD-2024");
		assertThat(codes(document, "indicators")).contains("RICE", "SVC_ONLINE_RATE", "SVC_WITH_ONLINE", "SVC_TOTAL");
	}

	@Test
	void the_administrator_of_the_root_sees_every_locality() {
		Map<String, Object> document = get("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		assertThat(codes(document, "orgUnits")).contains("LA", "CD", "TN", "TN-LONG-CANG");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String username, String password) {
		return this.rest.withBasicAuth(username, password).getForObject("/api/v1/metadata", Map.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> codes(Map<String, Object> document, String section) {
		return ((List<Map<String, Object>>) document.get(section)).stream().map(entry -> entry.get("code")).toList();
	}

}

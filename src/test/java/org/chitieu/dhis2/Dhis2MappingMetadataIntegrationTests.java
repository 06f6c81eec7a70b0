package org.chitieu.dhis2;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The metadata document's optional {@code dhis2Mappings} section, in and out. */
@ChiTieuIntegrationTest
class Dhis2MappingMetadataIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	Dhis2Mappings mappings;

	@BeforeEach
	void locality() {
		assertThat(admin().postForEntity("/api/v1/metadata", Dhis2TestLocality.metadata(), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void the_exported_document_carries_the_mappings_and_the_rest_as_before() {
		JsonNode document = this.json.readTree(admin().getForObject("/api/v1/metadata", String.class));
		assertThat(document.get("dhis2Mappings").findValuesAsString("dhis2")).contains(Dhis2TestLocality.MEASLES,
				Dhis2TestLocality.NGELEHUN);
		assertThat(document.get("dhis2Mappings")).anySatisfy(mapping -> {
			assertThat(mapping.get("kind").asString()).isEqualTo("ORG_UNIT");
			assertThat(mapping.get("dhis2").asString()).isEqualTo(Dhis2TestLocality.NGELEHUN);
			assertThat(mapping.get("code").asString()).isEqualTo("DHT-A");
		});
		assertThat(document.get("orgUnits").findValuesAsString("code")).contains("CD", "DHT-A");
		assertThat(document.has("projects")).isTrue();
	}

	@Test
	void mapping_a_data_element_anew_replaces_the_codes_earlier_identifier() {
		admin().postForEntity("/api/v1/metadata", Map.of("dhis2Mappings",
				List.of(Dhis2TestLocality.mapping("DATA_ELEMENT", "Ab3defghijk", "DHT_WEIGHT"))), String.class);
		assertThat(this.mappings.findAll()).contains(new Dhis2Mapping(Dhis2Mapping.Kind.DATA_ELEMENT, "Ab3defghijk",
				"DHT_WEIGHT"))
			.noneMatch(mapping -> mapping.dhis2().equals(Dhis2TestLocality.WEIGHT));
	}

	@Test
	void a_wrong_mapping_is_reported_next_to_its_field_and_nothing_is_saved() {
		ResponseEntity<String> response = admin().postForEntity("/api/v1/metadata", Map.of("dhis2Mappings",
				List.of(Dhis2TestLocality.mapping("DATA_SET", "Xy1defghijk", "DHT_WEIGHT"),
						Dhis2TestLocality.mapping("DATA_ELEMENT", "Xy2defghijk", "NO_SUCH_INDICATOR"),
						Dhis2TestLocality.mapping("ORG_UNIT", "Xy3defghijk", "DHT-A"),
						Dhis2TestLocality.mapping("ORG_UNIT", "Xy3defghijk", "DHT-B"))),
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode errors = this.json.readTree(response.getBody()).get("errors");
		assertThat(errors.findValuesAsString("field")).containsExactly("dhis2Mappings[0].kind",
				"dhis2Mappings[1].code", "dhis2Mappings[3].dhis2");
		assertThat(this.mappings.findAll()).noneMatch(mapping -> mapping.dhis2().startsWith("Xy"));
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
	}

}

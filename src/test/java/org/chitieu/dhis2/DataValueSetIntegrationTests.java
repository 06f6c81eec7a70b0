package org.chitieu.dhis2;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValue;
import org.chitieu.datavalue.DataValueStatus;
import org.chitieu.datavalue.DataValues;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.Role;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chitieu.dhis2.Dhis2TestLocality.BADJIA;
import static org.chitieu.dhis2.Dhis2TestLocality.COVERAGE;
import static org.chitieu.dhis2.Dhis2TestLocality.MEASLES;
import static org.chitieu.dhis2.Dhis2TestLocality.NGELEHUN;
import static org.chitieu.dhis2.Dhis2TestLocality.WEIGHT;

/**
 * {@code /api/dataValueSets} with payloads written from DHIS2's documentation (the web API's data
 * values and ADX pages), on a locality of its own. Each test uses months of its own.
 */
@ChiTieuIntegrationTest
class DataValueSetIntegrationTests {

	private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	DataValues values;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void locality() {
		ResponseEntity<String> response = admin().postForEntity("/api/v1/metadata", Dhis2TestLocality.metadata(),
				String.class);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void the_documentations_data_value_set_is_imported_with_the_sets_period_and_org_unit() {
		String payload = """
				{
				  "dataSet": "pBOMPrpg1QX",
				  "completeDate": "2014-02-03",
				  "period": "201401",
				  "orgUnit": "DiszpKrYNg8",
				  "dataValues": [
				    { "dataElement": "f7n9E0hX8qk", "value": "1" },
				    { "dataElement": "Ix2HsbDMLea", "value": "2" },
				    { "dataElement": "eY5ehpbEsB7", "value": "3" }
				  ]
				}
				""";
		JsonNode first = body(post(payload, "application/json", ""), HttpStatus.OK);
		assertThat(first.get("httpStatus").asString()).isEqualTo("OK");
		assertThat(first.get("httpStatusCode").asInt()).isEqualTo(200);
		assertThat(first.get("status").asString()).isEqualTo("OK");
		JsonNode summary = first.get("response");
		assertThat(summary.get("responseType").asString()).isEqualTo("ImportSummary");
		assertThat(summary.get("status").asString()).isEqualTo("SUCCESS");
		assertThat(summary.get("description").asString()).contains("atomicMode ALL");
		assertCount(summary, 3, 0, 0, 0);
		assertThat(summary.get("conflicts")).isEmpty();
		DataValue measles = stored("DHT_MEASLES", "DHT-A", 2014, 1).orElseThrow();
		assertThat(measles.value()).isEqualByComparingTo("1");
		// an administrator may approve, so the figure counts at once, as through /api/v1/datavalues
		assertThat(measles.status()).isEqualTo(DataValueStatus.APPROVED);
		assertThat(stored("DHT_COVERAGE", "DHT-A", 2014, 1).orElseThrow().value()).isEqualByComparingTo("2");

		JsonNode again = body(post(payload.replace("\"1\"", "\"12\""), "application/json", ""), HttpStatus.OK);
		assertCount(again.get("response"), 0, 3, 0, 0);
		assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 1).orElseThrow().value()).isEqualByComparingTo("12");
	}

	@Test
	void the_documentations_bulk_set_with_an_unknown_org_unit_is_refused_whole_and_names_it() {
		String payload = """
				{
				  "dataValues": [
				    { "dataElement": "f7n9E0hX8qk", "period": "201401", "orgUnit": "DiszpKrYNg8", "value": "12" },
				    { "dataElement": "f7n9E0hX8qk", "period": "201401", "orgUnit": "FNnj3jKGS7i", "value": "14" },
				    { "dataElement": "f7n9E0hX8qk", "period": "201402", "orgUnit": "DiszpKrYNg8", "value": "16" },
				    { "dataElement": "f7n9E0hX8qk", "period": "201402", "orgUnit": "Jkhdsf8sdf4", "value": "18" }
				  ]
				}
				""".replace("2014", "2013");
		JsonNode answer = body(post(payload, "application/json", ""), HttpStatus.CONFLICT);
		assertThat(answer.get("httpStatus").asString()).isEqualTo("Conflict");
		assertThat(answer.get("httpStatusCode").asInt()).isEqualTo(409);
		assertThat(answer.get("status").asString()).isEqualTo("ERROR");
		JsonNode summary = answer.get("response");
		assertThat(summary.get("status").asString()).isEqualTo("ERROR");
		assertCount(summary, 0, 0, 4, 0);
		assertThat(summary.get("conflicts")).hasSize(1);
		assertThat(summary.get("conflicts").get(0).get("object").asString()).isEqualTo("Jkhdsf8sdf4");
		assertThat(summary.get("conflicts").get(0).get("value").asString()).contains("Jkhdsf8sdf4");
		assertThat(summary.get("conflicts").get(0).get("indexes").get(0).asInt()).isEqualTo(3);
		assertThat(stored("DHT_MEASLES", "DHT-A", 2013, 1)).isEmpty();
		assertThat(stored("DHT_MEASLES", "DHT-B", 2013, 1)).isEmpty();
	}

	@Test
	void each_conflict_names_its_identifier_period_or_combination() {
		String payload = """
				{ "dataValues": [
				    { "dataElement": "Zz9unknown0", "period": "201311", "orgUnit": "DiszpKrYNg8", "value": "1" },
				    { "dataElement": "f7n9E0hX8qk", "period": "2013Q4", "orgUnit": "DiszpKrYNg8", "value": "1" },
				    { "dataElement": "f7n9E0hX8qk", "period": "201311", "orgUnit": "DiszpKrYNg8",
				      "categoryOptionCombo": "bRowv6yZOF2", "value": "1" },
				    { "dataElement": "Ix2HsbDMLea", "period": "201311", "orgUnit": "DiszpKrYNg8", "value": "many" },
				    { "dataElement": "eY5ehpbEsB7", "period": "201311", "orgUnit": "DiszpKrYNg8", "value": "7" }
				] }
				""";
		JsonNode conflicts = body(post(payload, "application/json", ""), HttpStatus.CONFLICT).get("response")
			.get("conflicts");
		assertThat(conflicts.findValuesAsString("object")).containsExactly("Zz9unknown0", "2013Q4", "bRowv6yZOF2",
				"many");
		assertThat(conflicts.get(1).get("value").asString()).contains("201310", "201311", "201312");
		assertThat(stored("DHT_WEIGHT", "DHT-A", 2013, 11)).isEmpty();
	}

	@Test
	void conflicts_are_told_in_english_when_asked() {
		String payload = """
				{ "dataValues": [ { "dataElement": "Zz9unknown0", "period": "201311", "orgUnit": "DiszpKrYNg8", "value": "1" } ] }
				""";
		HttpHeaders headers = headers("application/json");
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		JsonNode answer = body(admin().exchange("/api/dataValueSets", HttpMethod.POST, new HttpEntity<>(payload, headers),
				String.class), HttpStatus.CONFLICT);
		assertThat(answer.get("response").get("conflicts").get(0).get("value").asString())
			.isEqualTo("Data element \"Zz9unknown0\" is not mapped to an indicator and is no indicator code.");
	}

	@Test
	void a_csv_file_in_dhis2s_columns_is_imported_with_or_without_its_header() {
		String csv = """
				"dataelement","period","orgunit","catoptcombo","attroptcombo","value","storedby","lastupdated","comment","followup"
				"f7n9E0hX8qk","201403","DiszpKrYNg8","HllvX50cXC0",,"7","bombali","2010-04-17","từ trạm y tế","false"
				"Ix2HsbDMLea","201403","FNnj3jKGS7i","HllvX50cXC0","HllvX50cXC0","10","bombali","2010-04-17",,
				""";
		JsonNode summary = body(post(csv, "application/csv", ""), HttpStatus.OK).get("response");
		assertCount(summary, 2, 0, 0, 0);
		DataValue measles = stored("DHT_MEASLES", "DHT-A", 2014, 3).orElseThrow();
		assertThat(measles.value()).isEqualByComparingTo("7");
		assertThat(measles.comment()).isEqualTo("từ trạm y tế");
		// the history names who sent it, not the storedby column
		assertThat(measles.updatedBy()).isEqualTo("admin");

		String headerless = "f7n9E0hX8qk,201404,DiszpKrYNg8,,,9\n";
		assertCount(body(post(headerless, "text/csv", ""), HttpStatus.OK).get("response"), 1, 0, 0, 0);
		assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 4).orElseThrow().value()).isEqualByComparingTo("9");
	}

	@Test
	void an_adx_message_is_imported_by_codes_with_its_group_period() {
		String adx = """
				<adx xmlns="urn:ihe:qrph:adx:2015" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				  exported="2015-02-08T19:30:00Z">
				  <group orgUnit="DHT-B" period="2014-05-01/P1M" completeDate="2014-06-01" dataSet="(TB/HIV)VCCT">
				    <dataValue dataElement="DHT_MEASLES" value="32"/>
				    <dataValue dataElement="DHT_COVERAGE" value="20">
				      <annotation>ước tính</annotation>
				    </dataValue>
				  </group>
				</adx>
				""";
		JsonNode summary = body(post(adx, "application/adx+xml", ""), HttpStatus.OK).get("response");
		assertCount(summary, 2, 0, 0, 0);
		assertThat(summary.get("importOptions").get("idSchemes").get("dataElementIdScheme").asString())
			.isEqualTo("CODE");
		assertThat(stored("DHT_MEASLES", "DHT-B", 2014, 5).orElseThrow().value()).isEqualByComparingTo("32");
		assertThat(stored("DHT_COVERAGE", "DHT-B", 2014, 5).orElseThrow().comment()).isEqualTo("ước tính");
	}

	@Test
	void an_adx_disaggregation_is_a_conflict_since_only_the_default_combination_exists() {
		String adx = """
				<adx xmlns="urn:ihe:qrph:adx:2015" exported="2015-02-08T19:30:00Z">
				  <group orgUnit="DHT-B" period="2013-05-01/P1M" dataSet="(TB/HIV)VCCT">
				    <dataValue dataElement="DHT_MEASLES" GENDER="FMLE" value="32"/>
				  </group>
				</adx>
				""";
		JsonNode conflicts = body(post(adx, "application/adx+xml", ""), HttpStatus.CONFLICT).get("response")
			.get("conflicts");
		assertThat(conflicts.get(0).get("object").asString()).isEqualTo("GENDER=FMLE");
		assertThat(stored("DHT_MEASLES", "DHT-B", 2013, 5)).isEmpty();
	}

	@Test
	void an_adx_file_with_a_doctype_or_external_entity_is_refused_unread() {
		String adx = """
				<?xml version="1.0"?>
				<!DOCTYPE adx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
				<adx xmlns="urn:ihe:qrph:adx:2015" exported="2015-02-08T19:30:00Z">
				  <group orgUnit="DHT-B" period="2013-06-01/P1M" dataSet="X">
				    <dataValue dataElement="DHT_MEASLES" value="1"><annotation>&secret;</annotation></dataValue>
				  </group>
				</adx>
				""";
		ResponseEntity<String> response = post(adx, "application/adx+xml", "");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).doesNotContain("root:");
		assertThat(stored("DHT_MEASLES", "DHT-B", 2013, 6)).isEmpty();
	}

	@Test
	void a_dry_run_answers_what_would_be_imported_and_saves_nothing() {
		String payload = """
				{ "period": "201406", "orgUnit": "FNnj3jKGS7i",
				  "dataValues": [ { "dataElement": "f7n9E0hX8qk", "value": "5" }, { "dataElement": "Ix2HsbDMLea", "value": "6" } ] }
				""";
		JsonNode summary = body(post(payload, "application/json", "?dryRun=true"), HttpStatus.OK).get("response");
		assertCount(summary, 2, 0, 0, 0);
		assertThat(summary.get("importOptions").get("dryRun").asBoolean()).isTrue();
		assertThat(stored("DHT_MEASLES", "DHT-B", 2014, 6)).isEmpty();
		assertThat(stored("DHT_COVERAGE", "DHT-B", 2014, 6)).isEmpty();
	}

	@Test
	void a_delete_import_removes_the_figures_and_their_history_keeps_them() {
		String payload = """
				{ "period": "201407", "orgUnit": "DiszpKrYNg8",
				  "dataValues": [ { "dataElement": "f7n9E0hX8qk", "value": "40" } ] }
				""";
		body(post(payload, "application/json", ""), HttpStatus.OK);
		String deletion = """
				{ "period": "201407", "orgUnit": "DiszpKrYNg8",
				  "dataValues": [ { "dataElement": "f7n9E0hX8qk" }, { "dataElement": "Ix2HsbDMLea" } ] }
				""";
		JsonNode summary = body(post(deletion, "application/json", "?importStrategy=DELETE"), HttpStatus.OK)
			.get("response");
		assertCount(summary, 0, 0, 1, 1);
		assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 7)).isEmpty();
		long indicator = this.catalogue.findByCode("DHT_MEASLES").orElseThrow().id();
		long unit = this.orgUnits.findByCode("DHT-A").orElseThrow().id();
		assertThat(this.values.history(indicator, unit, 2014)).anySatisfy(change -> {
			assertThat(change.month()).isEqualTo(7);
			assertThat(change.oldValue()).isEqualByComparingTo("40");
			assertThat(change.newValue()).isNull();
		});
	}

	@Test
	void create_leaves_existing_figures_and_update_leaves_missing_ones() {
		body(post("""
				{ "period": "201408", "orgUnit": "DiszpKrYNg8", "dataValues": [ { "dataElement": "f7n9E0hX8qk", "value": "1" } ] }
				""", "application/json", ""), HttpStatus.OK);
		String both = """
				{ "period": "201408", "orgUnit": "DiszpKrYNg8",
				  "dataValues": [ { "dataElement": "f7n9E0hX8qk", "value": "2" }, { "dataElement": "Ix2HsbDMLea", "value": "3" } ] }
				""";
		assertCount(body(post(both, "application/json", "?importStrategy=CREATE"), HttpStatus.OK).get("response"), 1,
				0, 1, 0);
		assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 8).orElseThrow().value()).isEqualByComparingTo("1");
		String update = both.replace("\"2\"", "\"4\"").replace("Ix2HsbDMLea", "eY5ehpbEsB7");
		assertCount(body(post(update, "application/json", "?importStrategy=UPDATE"), HttpStatus.OK).get("response"), 0,
				1, 1, 0);
		assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 8).orElseThrow().value()).isEqualByComparingTo("4");
		assertThat(stored("DHT_WEIGHT", "DHT-A", 2014, 8)).isEmpty();
	}

	@Test
	void a_user_outside_the_localitys_scope_is_refused_and_nothing_is_written() {
		String payload = """
				{ "period": "201409", "orgUnit": "DiszpKrYNg8", "dataValues": [ { "dataElement": "f7n9E0hX8qk", "value": "1" } ] }
				""";
		ResponseEntity<String> response = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.exchange("/api/dataValueSets", HttpMethod.POST, new HttpEntity<>(payload, headers("application/json")),
					String.class);
		JsonNode answer = body(response, HttpStatus.FORBIDDEN);
		assertThat(answer.get("response").get("conflicts").get(0).get("object").asString()).isEqualTo(NGELEHUN);
		assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 9)).isEmpty();
	}

	@Test
	void a_closed_month_refuses_the_set() {
		ResponseEntity<String> lock = admin().postForEntity("/api/v1/locks",
				Map.of("orgUnit", "DHT", "period", "2014-10"), String.class);
		assertThat(lock.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		try {
			String payload = """
					{ "period": "201410", "orgUnit": "DiszpKrYNg8", "dataValues": [ { "dataElement": "f7n9E0hX8qk", "value": "1" } ] }
					""";
			JsonNode answer = body(post(payload, "application/json", ""), HttpStatus.CONFLICT);
			assertThat(answer.get("response").get("conflicts").get(0).get("object").asString()).isEqualTo(MEASLES);
			assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 10)).isEmpty();
		}
		finally {
			admin().delete("/api/v1/locks?orgUnit=DHT&period=2014-10&reason=test-done");
		}
	}

	@Test
	void a_reporters_set_waits_for_approval_and_the_reporter_may_not_delete_it() {
		if (this.users.findByUsername("dht.reporter").isEmpty()) {
			this.users.create("dht.reporter", this.passwords.encode("dht-secret"), "Chuyên viên (thử)", Role.REPORTER,
					"DHT", "DHT-YT");
		}
		TestRestTemplate reporter = this.rest.withBasicAuth("dht.reporter", "dht-secret");
		String payload = """
				{ "period": "201412", "orgUnit": "DiszpKrYNg8", "dataValues": [ { "dataElement": "f7n9E0hX8qk", "value": 5 } ] }
				""";
		body(reporter.exchange("/api/dataValueSets", HttpMethod.POST,
				new HttpEntity<>(payload, headers("application/json")), String.class), HttpStatus.OK);
		assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 12).orElseThrow().status()).isEqualTo(DataValueStatus.SUBMITTED);
		JsonNode refused = body(reporter.exchange("/api/dataValueSets?importStrategy=DELETE", HttpMethod.POST,
				new HttpEntity<>(payload, headers("application/json")), String.class), HttpStatus.FORBIDDEN);
		assertThat(refused.get("response").get("conflicts").get(0).get("value").asString()).contains("xóa");
		assertThat(stored("DHT_MEASLES", "DHT-A", 2014, 12)).isPresent();
	}

	@Test
	void a_bearer_token_posts_and_reads_as_its_user() {
		ResponseEntity<Map> issued = admin().postForEntity("/api/v1/tokens", Map.of("name", "dhis2-sync"), Map.class);
		assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		HttpHeaders headers = headers("application/json");
		headers.setBearerAuth((String) issued.getBody().get("token"));
		String payload = """
				{ "period": "201411", "orgUnit": "FNnj3jKGS7i", "dataValues": [ { "dataElement": "f7n9E0hX8qk", "value": "8" } ] }
				""";
		body(this.rest.exchange("/api/dataValueSets", HttpMethod.POST, new HttpEntity<>(payload, headers), String.class),
				HttpStatus.OK);
		JsonNode set = body(this.rest.exchange("/api/dataValueSets?orgUnit=" + BADJIA + "&period=201411",
				HttpMethod.GET, new HttpEntity<>(headers), String.class), HttpStatus.OK);
		assertThat(set.get("dataValues").get(0).get("value").asString()).isEqualTo("8");
		assertThat(set.get("dataValues").get(0).get("storedBy").asString()).isEqualTo("admin");
	}

	@Test
	void the_openapi_document_describes_both_directions() {
		JsonNode paths = body(this.rest.getForEntity("/v3/api-docs", String.class), HttpStatus.OK).get("paths");
		JsonNode post = paths.get("/api/dataValueSets").get("post");
		assertThat(post.get("tags").get(0).asString()).isEqualTo("DHIS2");
		assertThat(post.get("requestBody").get("content").propertyNames()).contains("application/json",
				"application/csv", "application/adx+xml");
		assertThat(paths.get("/api/dataValueSets").get("get").get("summary").asString()).contains("Export");
		assertThat(paths.has("/api/dataValueSets.csv")).isTrue();
		assertThat(paths.has("/api/dataValueSets.adx")).isTrue();
	}

	@Test
	void an_unauthenticated_client_gets_a_basic_challenge() {
		ResponseEntity<String> response = this.rest.getForEntity("/api/dataValueSets?orgUnit=DHT&period=2015",
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	@Test
	void the_export_writes_each_figure_in_dhis2s_json_fields() {
		postFigures2015();
		JsonNode set = body(admin().getForEntity(
				"/api/dataValueSets.json?dataElement=" + MEASLES + "&orgUnit=" + NGELEHUN + "&period=201502",
				String.class), HttpStatus.OK);
		assertThat(set.get("dataValues")).hasSize(1);
		JsonNode value = set.get("dataValues").get(0);
		assertThat(value.get("dataElement").asString()).isEqualTo(MEASLES);
		assertThat(value.get("period").asString()).isEqualTo("201502");
		assertThat(value.get("orgUnit").asString()).isEqualTo(NGELEHUN);
		assertThat(value.get("categoryOptionCombo").asString()).isEqualTo("HllvX50cXC0");
		assertThat(value.get("attributeOptionCombo").asString()).isEqualTo("HllvX50cXC0");
		assertThat(value.get("value").asString()).isEqualTo("20");
		assertThat(value.get("storedBy").asString()).isEqualTo("admin");
		assertThat(value.get("created").asString()).matches(TIMESTAMP);
		assertThat(value.get("lastUpdated").asString()).matches(TIMESTAMP);
		assertThat(value.get("created").asString()).isLessThanOrEqualTo(value.get("lastUpdated").asString());
		assertThat(value.get("comment").asString()).isEqualTo("tháng hai");
		assertThat(value.get("followup").asBoolean()).isFalse();
	}

	@Test
	void a_quarter_is_derived_by_each_indicators_time_aggregation() {
		postFigures2015();
		JsonNode set = body(admin().getForEntity("/api/dataValueSets?dataElementGroup=DHT-HEALTH&orgUnit=" + NGELEHUN
				+ "&period=2015Q1&idScheme=CODE", String.class), HttpStatus.OK);
		Map<String, String> byElement = new java.util.TreeMap<>();
		set.get("dataValues").forEach(v -> {
			assertThat(v.get("period").asString()).isEqualTo("2015Q1");
			assertThat(v.get("orgUnit").asString()).isEqualTo("DHT-A");
			assertThat(v.get("categoryOptionCombo").asString()).isEqualTo("default");
			byElement.put(v.get("dataElement").asString(), v.get("value").asString());
		});
		// the flow sums 10 + 20 + 30; the level keeps March's 85.5; the average is (2 + 4 + 9) / 3
		assertThat(byElement).containsExactly(Map.entry("DHT_COVERAGE", "85.5"), Map.entry("DHT_MEASLES", "60"),
				Map.entry("DHT_WEIGHT", "5"));
		JsonNode year = body(admin().getForEntity("/api/dataValueSets?dataElement=" + MEASLES + "&orgUnit=" + NGELEHUN
				+ "&period=2015&period=2015S1", String.class), HttpStatus.OK);
		assertThat(year.get("dataValues").findValuesAsString("period")).containsExactly("2015", "2015S1");
		assertThat(year.get("dataValues").findValuesAsString("value")).containsExactly("60", "60");
	}

	@Test
	void children_and_a_time_span_select_the_units_below_and_the_months_within() {
		postFigures2015();
		JsonNode set = body(admin().getForEntity("/api/dataValueSets?dataElement=" + MEASLES
				+ "&orgUnit=DHT&children=true&startDate=2015-02-01&endDate=2015-03-31", String.class), HttpStatus.OK);
		assertThat(set.get("dataValues")).hasSize(3);
		assertThat(set.get("dataValues").findValuesAsString("orgUnit")).containsOnly(NGELEHUN, BADJIA);
		assertThat(set.get("dataValues").findValuesAsString("period")).containsOnly("201502", "201503");
	}

	@Test
	void the_csv_export_has_dhis2s_columns() {
		postFigures2015();
		ResponseEntity<String> response = admin().getForEntity("/api/dataValueSets.csv?dataElement=" + MEASLES
				+ "&orgUnit=" + NGELEHUN + "&period=201502", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/csv");
		List<String> lines = response.getBody().lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith(MEASLES + ",201502," + NGELEHUN + ",HllvX50cXC0,HllvX50cXC0,20,admin,")
			.endsWith(",tháng hai,false");
		HttpHeaders accept = new HttpHeaders();
		accept.set(HttpHeaders.ACCEPT, "application/csv");
		ResponseEntity<String> negotiated = admin().exchange("/api/dataValueSets?dataElement=" + MEASLES + "&orgUnit="
				+ NGELEHUN + "&period=201502", HttpMethod.GET, new HttpEntity<>(accept), String.class);
		assertThat(negotiated.getBody()).isEqualTo(response.getBody());
	}

	@Test
	void the_adx_export_groups_by_unit_and_period_with_codes() throws Exception {
		postFigures2015();
		HttpHeaders accept = new HttpHeaders();
		accept.set(HttpHeaders.ACCEPT, "application/adx+xml");
		ResponseEntity<String> response = admin().exchange("/api/dataValueSets?dataElement=" + MEASLES + "&orgUnit="
				+ NGELEHUN + "&period=2015Q1", HttpMethod.GET, new HttpEntity<>(accept), String.class);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/adx+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document adx = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.getBody())));
		Element root = adx.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("urn:ihe:qrph:adx:2015");
		assertThat(root.getAttribute("exported")).isNotBlank();
		Element group = (Element) root.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "group").item(0);
		assertThat(group.getAttribute("orgUnit")).isEqualTo("DHT-A");
		assertThat(group.getAttribute("period")).isEqualTo("2015-01-01/P3M");
		Element value = (Element) group.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "dataValue").item(0);
		assertThat(value.getAttribute("dataElement")).isEqualTo("DHT_MEASLES");
		assertThat(value.getAttribute("value")).isEqualTo("60");
		assertThat(this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/dataValueSets.adx?dataElement=" + MEASLES + "&orgUnit=" + NGELEHUN + "&period=2015Q1",
					String.class)
			.getBody()).contains("period=\"2015-01-01/P3M\"");
	}

	@Test
	void an_export_without_org_unit_or_period_is_a_conflict_and_one_outside_the_scope_is_forbidden() {
		assertThat(admin().getForEntity("/api/dataValueSets?period=2015", String.class).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(admin().getForEntity("/api/dataValueSets?orgUnit=DHT", String.class).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		ResponseEntity<String> outside = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity("/api/dataValueSets?orgUnit=DHT&period=2015", String.class);
		assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	/** January to March 2015 at both communes: measles 10, 20, 30; coverage 80, 82, 85.5; weight 2, 4, 9. */
	private void postFigures2015() {
		String payload = """
				{ "dataValues": [
				  { "dataElement": "%1$s", "period": "201501", "orgUnit": "%4$s", "value": "10" },
				  { "dataElement": "%1$s", "period": "201502", "orgUnit": "%4$s", "value": "20", "comment": "tháng hai" },
				  { "dataElement": "%1$s", "period": "201503", "orgUnit": "%4$s", "value": "30" },
				  { "dataElement": "%1$s", "period": "201503", "orgUnit": "%5$s", "value": "3" },
				  { "dataElement": "%2$s", "period": "201501", "orgUnit": "%4$s", "value": "80" },
				  { "dataElement": "%2$s", "period": "201502", "orgUnit": "%4$s", "value": "82" },
				  { "dataElement": "%2$s", "period": "201503", "orgUnit": "%4$s", "value": "85.5" },
				  { "dataElement": "%3$s", "period": "201501", "orgUnit": "%4$s", "value": "2" },
				  { "dataElement": "%3$s", "period": "201502", "orgUnit": "%4$s", "value": "4" },
				  { "dataElement": "%3$s", "period": "201503", "orgUnit": "%4$s", "value": "9" }
				] }
				""".formatted(MEASLES, COVERAGE, WEIGHT, NGELEHUN, BADJIA);
		body(post(payload, "application/json", ""), HttpStatus.OK);
	}

	private ResponseEntity<String> post(String body, String contentType, String query) {
		return admin().exchange("/api/dataValueSets" + query, HttpMethod.POST,
				new HttpEntity<>(body, headers(contentType)), String.class);
	}

	private static HttpHeaders headers(String contentType) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(contentType));
		return headers;
	}

	private JsonNode body(ResponseEntity<String> response, HttpStatus expected) {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
		return this.json.readTree(response.getBody());
	}

	private static void assertCount(JsonNode summary, int imported, int updated, int ignored, int deleted) {
		JsonNode count = summary.get("importCount");
		assertThat(List.of(count.get("imported").asInt(), count.get("updated").asInt(), count.get("ignored").asInt(),
				count.get("deleted").asInt()))
			.as(summary.toString())
			.containsExactly(imported, updated, ignored, deleted);
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
	}

	private Optional<DataValue> stored(String indicator, String unit, int year, int month) {
		return this.values.find(this.catalogue.findByCode(indicator).orElseThrow().id(),
				this.orgUnits.findByCode(unit).orElseThrow().id(), year, month);
	}

}

package org.chitieu.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages that read the plan's figures run a number of SQL statements that does not grow with the
 * locality: the same requests are counted on a district of its own with two communes, one project and
 * a few figures, and again after it grew to many communes, projects and figures.
 */
@ChiTieuIntegrationTest
class StatementCountIntegrationTests {

	private static final int FEW = 2;

	private static final int MANY = 30;

	@Autowired
	StatementCounter counter;

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Users users;

	/** Issue 11: progress in at most five SQL statements whatever the plan's size. */
	private static final int MAX_PROGRESS_STATEMENTS = 5;

	private MockMvc mvc;

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void the_pages_of_a_plan_run_as_many_statements_for_a_large_district_as_for_a_small_one() throws Exception {
		String code = "SC" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		post(code, FEW);
		Map<String, Integer> small = counts(code);
		post(code, MANY);
		Map<String, Integer> large = counts(code);
		Map<String, Integer> demo = counts(requests("CD", "2024-05", "RICE"));
		System.out.printf("statements per request: demo %s, %d communes %s, %d communes %s%n", demo, FEW, small,
				MANY, large);
		large.forEach((request, count) -> assertThat(count).as(request).isLessThanOrEqualTo(small.get(request)));
		// the progress query reads the plan's rollups, whatever the plan's size (issue 11: at most five)
		assertThat(List.of(demo.get("progress"), large.get("progress"))).allSatisfy(
				count -> assertThat(count).as("progress").isLessThanOrEqualTo(MAX_PROGRESS_STATEMENTS));
	}

	private Map<String, Integer> counts(String code) throws Exception {
		return counts(requests(code + "-D", "2022-05", code + "_RICE"));
	}

	private static Map<String, MockHttpServletRequestBuilder> requests(String unit, String period, String indicator) {
		Map<String, MockHttpServletRequestBuilder> requests = new LinkedHashMap<>();
		String query = "?orgUnit=" + unit + "&period=" + period;
		requests.put("progress", get("/api/v1/progress" + query));
		requests.put("dashboard", get("/dashboard" + query));
		requests.put("indicator page", get("/indicators/" + indicator + query));
		requests.put("monthly report", get("/api/v1/reports/monthly" + query + "&format=html"));
		requests.put("projects page", get("/projects?period=" + period));
		return requests;
	}

	/** Each request's statements once its caches are warm: the fewest of a few runs after a first one. */
	private Map<String, Integer> counts(Map<String, MockHttpServletRequestBuilder> requests) throws Exception {
		var admin = user(this.users.findByUsername("admin").orElseThrow());
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Map.Entry<String, MockHttpServletRequestBuilder> request : requests.entrySet()) {
			MockHttpServletRequestBuilder builder = request.getValue();
			int fewest = Integer.MAX_VALUE;
			for (int run = 0; run < 3; run++) {
				List<String> statements = this.counter
					.statementsOf(() -> this.mvc.perform(builder.with(admin)).andExpect(status().isOk()));
				if (run > 0) {
					fewest = Math.min(fewest, statements.size());
				}
				if (run == 2 && System.getProperty("statements.log") != null) {
					System.out.println("== " + request.getKey() + " " + statements.size() + "\n  " + String.join("\n  ", statements));
				}
			}
			counts.put(request.getKey(), fewest);
		}
		return counts;
	}

	/** The district {@code code}-D with {@code communes} communes, as many projects, and figures for January to May 2022 in each. */
	private void post(String code, int communes) {
		List<Integer> numbers = IntStream.rangeClosed(1, communes).boxed().toList();
		String units = numbers.stream()
			.map(n -> "{\"code\": \"%s-C%d\", \"name\": \"Xã Đếm %d\", \"type\": \"COMMUNE\", \"parent\": \"%s-D\"}"
				.formatted(code, n, n, code))
			.collect(Collectors.joining(",\n"));
		String projects = numbers.stream()
			.map(n -> """
					{"code": "%1$s-P%2$d", "name": "Công trình đếm %2$d", "type": "CAPITAL_WORK", "investor": "%1$s-NN",
					 "orgUnit": "%1$s-D", "startYear": 2022, "endYear": 2022, "totalInvestment": 10, "groups": [],
					 "capitalPlans": [{"year": 2022, "source": "Ngân sách huyện", "amount": 10}]}"""
				.formatted(code, n))
			.collect(Collectors.joining(",\n"));
		String metadata = """
				{ "orgUnits": [
				    {"code": "%1$s", "name": "Tỉnh Đếm", "type": "PROVINCE", "parent": null},
				    {"code": "%1$s-D", "name": "Huyện Đếm", "type": "DISTRICT", "parent": "%1$s"},
				    %2$s],
				  "sectors": [{"code": "%1$s-AGRI", "name": "Nông nghiệp đếm", "nameEn": "Counted agriculture"}],
				  "agencies": [{"code": "%1$s-NN", "name": "Phòng Kinh tế đếm", "orgUnit": "%1$s-D"}],
				  "indicators": [
				    {"code": "%1$s_RICE", "name": "Sản lượng lúa", "unit": "tấn", "sector": "%1$s-AGRI", "agency": "%1$s-NN",
				     "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER"},
				    {"code": "%1$s_ONLINE", "name": "Hồ sơ trực tuyến", "unit": "hồ sơ", "sector": "%1$s-AGRI",
				     "agency": "%1$s-NN", "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER"},
				    {"code": "%1$s_DOSSIERS", "name": "Hồ sơ tiếp nhận", "unit": "hồ sơ", "sector": "%1$s-AGRI",
				     "agency": "%1$s-NN", "kind": "RAW", "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER"},
				    {"code": "%1$s_RATE", "name": "Tỷ lệ hồ sơ trực tuyến", "unit": "%%", "sector": "%1$s-AGRI",
				     "agency": "%1$s-NN", "kind": "COMPUTED", "formula": "100 * #{%1$s_ONLINE} / #{%1$s_DOSSIERS}",
				     "timeAggregation": "LAST", "spaceAggregation": "NONE", "polarity": "HIGHER", "decimals": 2}],
				  "plans": [{"code": "%1$s-2022", "orgUnit": "%1$s-D", "year": 2022, "resolution": "Nghị quyết đếm",
				     "targets": [{"indicator": "%1$s_RICE", "value": 9000}, {"indicator": "%1$s_RATE", "value": 90}]}],
				  "projects": [%3$s] }
				""".formatted(code, units, projects);
		TestRestTemplate admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		ResponseEntity<String> posted = admin.postForEntity("/api/v1/metadata", json(metadata), String.class);
		assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.OK);
		List<String> values = new ArrayList<>();
		for (int n : numbers) {
			for (int month = 1; month <= 5; month++) {
				for (String indicator : List.of("RICE", "ONLINE", "DOSSIERS")) {
					values.add("{\"indicator\": \"%s_%s\", \"orgUnit\": \"%s-C%d\", \"period\": \"2022-%02d\", \"value\": %d}"
						.formatted(code, indicator, code, n, month, 100 + n + month));
				}
			}
		}
		ResponseEntity<String> entered = admin.postForEntity("/api/v1/datavalues", json("[" + String.join(",", values) + "]"),
				String.class);
		assertThat(entered.getStatusCode()).as(entered.getBody()).isEqualTo(HttpStatus.OK);
		for (int n : numbers) {
			ResponseEntity<String> reported = admin.postForEntity("/api/v1/projects/%s-P%d/reports".formatted(code, n),
					json("[{\"period\": \"2022-05\", \"disbursed\": 2, \"physicalProgress\": 20}]"), String.class);
			assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.OK);
		}
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}

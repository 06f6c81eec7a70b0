package org.chitieu.metadata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.metadata.Mergers.Merger;
import org.chitieu.metadata.Mergers.Preview;
import org.chitieu.metadata.Mergers.Share;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.AuditLog;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording "from 1/7/2025 these communes form this one" on a locality of each test's own: the preview of
 * what flows, the saved units and successions, the audit log, the move of what the old units held, and
 * the refusals (outside the user's subtree, wrong input) that write nothing.
 */
@ChiTieuIntegrationTest
class MergersIntegrationTests {

	@Autowired
	Mergers mergers;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Users users;

	@Autowired
	AuditLog audit;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/** Province p, district p-D with communes p-A and p-B (rice 100 and 50 tons a month to June 2025). */
	static void locality(TestRestTemplate rest, String p) {
		String document = """
				{ "orgUnits": [
				    {"code": "@", "name": "Tỉnh @", "type": "PROVINCE", "parent": null},
				    {"code": "@-D", "name": "Huyện @", "type": "DISTRICT", "parent": "@"},
				    {"code": "@-A", "name": "Xã @ A", "type": "COMMUNE", "parent": "@-D"},
				    {"code": "@-B", "name": "Xã @ B", "type": "COMMUNE", "parent": "@-D"}],
				  "agencies": [{"code": "@-NN", "name": "Phòng Kinh tế @", "orgUnit": "@-D"},
				               {"code": "@-A-VP", "name": "Văn phòng xã @ A", "orgUnit": "@-A"}],
				  "indicators": [
				    {"code": "@_RICE", "name": "Sản lượng lúa @", "unit": "tấn", "agency": "@-NN", "kind": "RAW",
				     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER", "decimals": 0}],
				  "plans": [{"code": "@-D-2025", "orgUnit": "@-D", "year": 2025, "resolution": "Nghị quyết @",
				             "targets": [{"indicator": "@_RICE", "value": 2000}]}] }
				""".replace("@", p);
		assertThat(rest.postForEntity("/api/v1/metadata", json(document), String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int month = 1; month <= 6; month++) {
			rows.add(Map.of("indicator", p + "_RICE", "orgUnit", p + "-A", "period", "2025-0" + month, "value", 100));
			rows.add(Map.of("indicator", p + "_RICE", "orgUnit", p + "-B", "period", "2025-0" + month, "value", 50));
		}
		assertThat(rest.postForEntity("/api/v1/datavalues", json(rows), String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_preview_shows_what_flows_and_the_record_ends_the_old_communes_and_moves_what_they_held() {
		TestRestTemplate admin = admin();
		locality(admin, "MRA");
		ChiTieuUser user = this.users.findByUsername("admin").orElseThrow();
		Merger merger = new Merger("MRA-N", true, "Xã MRA Mới", "COMMUNE", "MRA-D", LocalDate.of(2025, 7, 1),
				List.of(new Share("MRA-A", BigDecimal.ONE), new Share("MRA-B", new BigDecimal("0.5"))), true);

		Preview preview = this.mergers.preview(user, merger);
		assertThat(preview.plan()).isEqualTo("MRA-D-2025");
		assertThat(preview.month()).hasToString("2025-06");
		assertThat(preview.rows()).singleElement().satisfies(row -> {
			assertThat(row.predecessors()).extracting(BigDecimal::intValue).containsExactly(600, 300);
			assertThat(row.inherited()).isEqualByComparingTo("750");
		});

		this.mergers.record(user, merger);
		OrgUnit successor = this.orgUnits.findByCode("MRA-N").orElseThrow();
		assertThat(successor.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(this.orgUnits.findByCode("MRA-A").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(this.orgUnits.findByCode("MRA-B").orElseThrow().parentId())
			.isEqualTo(this.orgUnits.findByCode("MRA-D").orElseThrow().id());
		assertThat(this.orgUnits.findAgencies()).filteredOn(agency -> agency.code().equals("MRA-A-VP"))
			.singleElement()
			.satisfies(agency -> assertThat(agency.orgUnitId()).isEqualTo(successor.id()));
		assertThat(this.audit.recent("merger.recorded", 10)).anySatisfy(act -> {
			assertThat(act.subject()).isEqualTo("orgUnit MRA-N");
			assertThat(act.detail()).isEqualTo("2025-07-01: MRA-A × 1, MRA-B × 0.5");
		});

		assertThat(admin.postForEntity("/api/v1/metadata", json("""
				{"plans": [{"code": "MRA-N-2025", "orgUnit": "MRA-N", "year": 2025, "resolution": "Nghị quyết xã mới",
				            "targets": [{"indicator": "MRA_RICE", "value": 1500}]}]}
				"""), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> progress = admin.getForObject("/api/v1/progress?orgUnit=MRA-N&period=2025-07", Map.class);
		Map<String, Object> rice = ((List<Map<String, Object>>) progress.get("indicators")).get(0);
		assertThat(((Number) rice.get("actual")).doubleValue()).isEqualTo(750.0);
	}

	@Test
	void a_merger_outside_the_offices_subtree_is_refused_and_nothing_is_written() throws Exception {
		locality(admin(), "MRB");
		this.mvc.perform(post("/catalogue/mergers").with(csrf())
			.with(user(this.users.findByUsername("vanphong").orElseThrow()))
			.param("successor", "MRB-N").param("create", "on").param("name", "Xã MRB Mới").param("type", "COMMUNE")
			.param("parent", "MRB-D").param("date", "2025-07-01").param("predecessor", "MRB-A", "MRB-B")
			.param("weight", "1", "1").param("action", "save"))
			.andExpect(status().isForbidden());
		assertThat(this.orgUnits.findByCode("MRB-N")).isEmpty();
		assertThat(this.orgUnits.findByCode("MRB-A").orElseThrow().validTo()).isNull();
	}

	@Test
	void a_wrong_merger_is_explained_in_vietnamese_or_english_and_nothing_is_written() throws Exception {
		locality(admin(), "MRC");
		ChiTieuUser admin = this.users.findByUsername("admin").orElseThrow();
		for (String lang : List.of("vi", "en")) {
			this.mvc.perform(post("/catalogue/mergers").with(csrf()).with(user(admin)).param("lang", lang)
				.param("successor", "MRC-A").param("predecessor", "MRC-B", "MRC-NOPE", "MRC-A")
				.param("weight", "1,5", "1", "1").param("action", "save"))
				.andExpect(status().isOk())
				.andExpect(content().string(lang.equals("vi") ? allOf(containsString("Hãy chọn ngày bắt đầu"),
						containsString("Tỷ trọng của &quot;MRC-B&quot; phải là một số lớn hơn 0 và không quá 1"),
						containsString("Không có đơn vị hành chính mã &quot;MRC-NOPE&quot;"),
						containsString("Đơn vị &quot;MRC-A&quot; không thể hợp thành chính nó"))
						: allOf(containsString("Choose the date it starts"),
								containsString("There is no org unit &quot;MRC-NOPE&quot;"))));
		}
		assertThat(this.orgUnits.findByCode("MRC-B").orElseThrow().validTo()).isNull();
		assertThat(this.orgUnits.findSuccessions()).noneMatch(succession -> succession.toId() == this.orgUnits
			.findByCode("MRC-A").orElseThrow().id());
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
	}

	static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}

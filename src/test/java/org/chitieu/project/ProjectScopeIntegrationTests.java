package org.chitieu.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValueStatus;
import org.chitieu.obstacle.Obstacle;
import org.chitieu.obstacle.ObstacleStatus;
import org.chitieu.obstacle.Obstacles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the investor agency writes for a project, in its org unit's subtree: every write endpoint
 * answers 403 to anyone else and changes nothing. The demo's {@code nhaplieu.bqlda} reports for the
 * district's project management board (CD-BQLDA), {@code nhaplieu.nn} for agriculture. The tests
 * write on projects of their own (codes ZZ-...), outside the demo's groups.
 */
@ChiTieuIntegrationTest
class ProjectScopeIntegrationTests {

	private static final String PASSWORD = ChiTieuIntegrationTest.DEMO_PASSWORD;

	private static final String OWN = "ZZ-SCOPE-CD";

	private static final String ELSEWHERE = "ZZ-SCOPE-TN";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Projects projects;

	@Autowired
	Obstacles obstacles;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void defineTheTestProjects() {
		for (String[] project : new String[][] { { OWN, "CD-LONG-KHE" }, { ELSEWHERE, "TN-LONG-CANG" } }) {
			ResponseEntity<Map> response = admin().postForEntity("/api/v1/projects",
					new ProjectDefinition(project[0], "Công trình thử " + project[0], "CAPITAL_WORK", "CD-BQLDA",
							project[1], 2024, 2024, new BigDecimal("10"), null, List.of(),
							List.of(new ProjectDefinition.CapitalPlanEntry(2024, "Ngân sách huyện", new BigDecimal("6"))),
							List.of()),
					Map.class);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void the_investor_agencys_reporter_submits_a_report_for_approval() {
		ResponseEntity<Map> response = as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + OWN + "/reports",
				List.of(report("2024-02", "0.5")), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		ProjectReport report = stored(OWN, 2).orElseThrow();
		assertThat(report.status()).isEqualTo(DataValueStatus.SUBMITTED);
		assertThat(report.updatedBy()).isEqualTo("nhaplieu.bqlda");
	}

	@Test
	void another_agencys_reporter_cannot_report_on_the_project() {
		assertRefused(as("nhaplieu.nn").postForEntity("/api/v1/projects/" + OWN + "/reports",
				List.of(report("2024-03", "1")), String.class));
		assertThat(stored(OWN, 3)).isEmpty();
	}

	@Test
	void the_investors_reporter_cannot_report_on_a_project_outside_their_org_units_subtree() {
		assertRefused(as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + ELSEWHERE + "/reports",
				List.of(report("2024-03", "1")), String.class));
		assertThat(stored(ELSEWHERE, 3)).isEmpty();
	}

	@Test
	void a_leader_directs_but_does_not_report() {
		assertRefused(as("lanhdao").postForEntity("/api/v1/projects/" + OWN + "/reports",
				List.of(report("2024-04", "1")), String.class));
		assertThat(stored(OWN, 4)).isEmpty();
	}

	@Test
	void only_the_investors_head_approves_and_a_reporter_cannot() {
		as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + OWN + "/reports", List.of(report("2024-06", "1")),
				String.class);
		Map<String, Object> review = Map.of("periods", List.of("2024-06"));
		assertRefused(as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + OWN + "/reports/review", review,
				String.class));
		assertRefused(as("truongphong.nn").postForEntity("/api/v1/projects/" + OWN + "/reports/review", review,
				String.class));
		assertThat(stored(OWN, 6).orElseThrow().status()).isEqualTo(DataValueStatus.SUBMITTED);
		ResponseEntity<Map> approved = as("truongban.bqlda").postForEntity("/api/v1/projects/" + OWN + "/reports/review",
				review, Map.class);
		assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(stored(OWN, 6).orElseThrow().status()).isEqualTo(DataValueStatus.APPROVED);
	}

	@Test
	void a_returned_report_carries_the_reason() {
		as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + OWN + "/reports", List.of(report("2024-07", "1")),
				String.class);
		as("truongban.bqlda").postForEntity("/api/v1/projects/" + OWN + "/reports/review",
				Map.of("periods", List.of("2024-07"), "returnReason", "Thiếu hồ sơ thanh toán"), String.class);
		ProjectReport report = stored(OWN, 7).orElseThrow();
		assertThat(report.status()).isEqualTo(DataValueStatus.RETURNED);
		assertThat(report.returnReason()).isEqualTo("Thiếu hồ sơ thanh toán");
	}

	@Test
	void one_bad_row_refuses_the_whole_batch_and_names_each_bad_row() {
		ResponseEntity<Map> response = as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + OWN + "/reports",
				List.of(report("2024-08", "1"), report("2024-09", "-1"),
						new ReportRow("2024-10", null, new BigDecimal("120"), 10, null, new BigDecimal("5"),
								new BigDecimal("6"), 11, null),
						report("2024-13", "1")),
				Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(error -> error.get("field"))
			.containsExactlyInAnyOrder("rows[1].disbursed", "rows[2].physicalProgress", "rows[2].compensationPaid",
					"rows[2].handedOverHouseholds", "rows[3].period");
		assertThat(stored(OWN, 8)).isEmpty();
	}

	@Test
	void milestones_are_written_by_the_investor_only() {
		List<MilestoneRow> rows = List.of(new MilestoneRow("KHOI-CONG", "Khởi công", java.time.LocalDate.of(2024, 3, 1),
				null, null));
		assertRefused(as("nhaplieu.nn").postForEntity("/api/v1/projects/" + OWN + "/milestones", rows, String.class));
		assertRefused(as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + ELSEWHERE + "/milestones", rows,
				String.class));
		assertThat(this.projects.findAllMilestones().getOrDefault(id(OWN), List.of())).isEmpty();
		assertThat(this.projects.findAllMilestones().getOrDefault(id(ELSEWHERE), List.of())).isEmpty();
		assertThat(as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + OWN + "/milestones", rows, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.projects.findAllMilestones().getOrDefault(id(OWN), List.of())).extracting(Milestone::code).containsExactly("KHOI-CONG");
		this.jdbc.sql("delete from project_milestone where project_id = ?").param(id(OWN)).update();
	}

	@Test
	void obstacles_are_raised_escalated_and_resolved_by_the_investor_only() {
		ObstacleRow obstacle = new ObstacleRow("Vướng mặt bằng", "CD-PTQD", "UBND xã", null);
		int before = this.obstacles.findByProject(OWN).size();
		assertRefused(as("nhaplieu.nn").postForEntity("/api/v1/projects/" + OWN + "/obstacles", obstacle, String.class));
		assertRefused(as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + ELSEWHERE + "/obstacles", obstacle,
				String.class));
		assertThat(this.obstacles.findByProject(OWN)).hasSize(before);
		assertThat(this.obstacles.findByProject(ELSEWHERE)).isEmpty();

		ResponseEntity<Map> raised = as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + OWN + "/obstacles",
				obstacle, Map.class);
		assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = ((Number) raised.getBody().get("id")).longValue();
		String path = "/api/v1/projects/" + OWN + "/obstacles/" + id;
		assertRefused(as("nhaplieu.nn").postForEntity(path, Map.of("status", "ESCALATED"), String.class));
		assertThat(this.obstacles.findById(id).orElseThrow().status()).isEqualTo(ObstacleStatus.OPEN);
		as("nhaplieu.bqlda").postForEntity(path, Map.of("status", "ESCALATED", "date", "2024-05-02"), String.class);
		as("nhaplieu.bqlda").postForEntity(path, Map.of("status", "RESOLVED", "date", "2024-05-20", "resolution", "Xong"),
				String.class);
		Obstacle resolved = this.obstacles.findById(id).orElseThrow();
		assertThat(resolved.status()).isEqualTo(ObstacleStatus.RESOLVED);
		assertThat(resolved.escalatedOn()).isEqualTo("2024-05-02");
		assertThat(resolved.resolvedOn()).isEqualTo("2024-05-20");
		assertThat(as("nhaplieu.bqlda").postForEntity(path, Map.of("status", "ESCALATED"), String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void only_an_administrator_defines_projects_and_groups() {
		ResponseEntity<String> project = as("nhaplieu.bqlda").postForEntity("/api/v1/projects",
				new ProjectDefinition("ZZ-HACKED", "x", "CAPITAL_WORK", "CD-BQLDA", "CD", null, null, null, null, null,
						null, null),
				String.class);
		assertRefused(project);
		assertThat(this.projects.findByCode("ZZ-HACKED")).isEmpty();
		assertRefused(as("truongban.bqlda").postForEntity("/api/v1/projects/groups",
				new ProjectGroupDefinition("ZZ-HACKED", "x", null), String.class));
		assertThat(this.projects.findGroups()).noneMatch(group -> group.code().equals("ZZ-HACKED"));
	}

	@Test
	void a_reporter_sees_no_project_outside_their_org_units_subtree() {
		assertThat(as("nhaplieu.bqlda").getForEntity("/api/v1/projects/" + ELSEWHERE, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("nhaplieu.bqlda").getForObject("/api/v1/projects", String.class)).contains(OWN)
			.doesNotContain(ELSEWHERE);
	}

	private static void assertRefused(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	private java.util.Optional<ProjectReport> stored(String code, int month) {
		return this.projects.findReport(id(code), 2024, month);
	}

	private long id(String code) {
		return this.projects.findByCode(code).orElseThrow().id();
	}

	private TestRestTemplate as(String username) {
		return this.rest.withBasicAuth(username, PASSWORD);
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
	}

	private static ReportRow report(String period, String disbursed) {
		return new ReportRow(period, new BigDecimal(disbursed), null, null, null, null, null, null, null);
	}

}

package org.chitieu.task;

import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency sees and reports on its own tasks only; anything else is 403 and nothing is written.
 * Leaders and the office see all. Each test works on tasks of its own, assigned in 2025.
 */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class TaskScopeIntegrationTests {

	private static final String PASSWORD = ChiTieuIntegrationTest.DEMO_PASSWORD;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	private long tckhTask;

	private long nnTask;

	@BeforeEach
	void assignTwoTasks() {
		this.tckhTask = create("Lập kế hoạch vốn năm 2031", "CD-TCKH", List.of());
		this.nnTask = create("Rà soát diện tích lúa vụ Hè Thu 2030", "CD-NN", List.of("CD-TCKH"));
	}

	@Test
	void the_office_assigns_a_task_and_both_agencies_are_told() {
		ResponseEntity<Map> response = as("vanphong").getForEntity("/api/v1/tasks/" + this.nnTask + "?asOf=2025-03-01",
				Map.class);
		assertThat(response.getBody()).containsEntry("status", "NOT_YET_DUE")
			.containsEntry("leadAgency", "CD-NN")
			.containsEntry("coAgencies", List.of("CD-TCKH"))
			.containsEntry("dueOn", "2025-03-31");
		assertThat(inbox("nhaplieu.nn")).anySatisfy(n -> assertThat(n).containsEntry("kind", "ASSIGNED")
			.containsEntry("taskId", (int) this.nnTask));
		assertThat(inbox("truongphong.tckh")).anySatisfy(n -> assertThat(n).containsEntry("taskId", (int) this.nnTask));
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_department_sees_only_the_tasks_it_leads_or_takes_part_in() {
		List<Map<String, Object>> seen = as("nhaplieu.nn").getForObject("/api/v1/tasks?asOf=2025-03-01", List.class);
		assertThat(seen).isNotEmpty()
			.allSatisfy(task -> assertThat(task.get("leadAgency").equals("CD-NN")
					|| ((List<String>) task.get("coAgencies")).contains("CD-NN")).isTrue());
		assertThat(seen).extracting(task -> ((Number) task.get("id")).longValue()).contains(this.nnTask)
			.doesNotContain(this.tckhTask);
		assertThat(as("nhaplieu.nn").getForEntity("/api/v1/tasks/" + this.tckhTask, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	@SuppressWarnings("unchecked")
	void leaders_and_the_office_see_every_task() {
		int all = this.jdbc.sql("select count(*) from task where assigned_on <= '2025-03-01'").query(Integer.class).single();
		assertThat(as("lanhdao").getForObject("/api/v1/tasks?asOf=2025-03-01", List.class)).hasSize(all);
		assertThat(as("vanphong").getForObject("/api/v1/tasks?asOf=2025-03-01", List.class)).hasSize(all);
	}

	@Test
	void a_department_cannot_report_on_another_departments_task_and_nothing_is_written() {
		ResponseEntity<String> response = as("nhaplieu.nn").postForEntity("/api/v1/tasks/" + this.tckhTask + "/reports",
				Map.of("text", "Không phải việc của tôi", "percentDone", 100), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(reports(this.tckhTask)).isZero();
	}

	@Test
	void a_leader_directs_but_does_not_report_progress() {
		assertThat(as("lanhdao").postForEntity("/api/v1/tasks/" + this.nnTask + "/reports",
				Map.of("text", "x", "percentDone", 10), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(reports(this.nnTask)).isZero();
	}

	@Test
	void a_department_cannot_assign_tasks() {
		int before = this.jdbc.sql("select count(*) from task").query(Integer.class).single();
		ResponseEntity<String> response = as("truongphong.nn").postForEntity("/api/v1/tasks",
				Map.of("title", "Tự giao", "leadAgency", "CD-TCKH", "deadline", "2025-05-01", "assignedOn", "2025-01-02"),
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.sql("select count(*) from task").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void the_lead_agency_reports_progress_then_completion_and_a_co_agency_adds_its_part() {
		ResponseEntity<Map> part = as("nhaplieu.tckh").postForEntity("/api/v1/tasks/" + this.nnTask + "/reports",
				Map.of("text", "Phần của Phòng TC-KH: đã bố trí kinh phí", "percentDone", 100, "reportedOn", "2025-02-01"),
				Map.class);
		assertThat(part.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(status(this.nnTask, "2025-02-02")).isEqualTo("NOT_YET_DUE");
		as("nhaplieu.nn").postForEntity("/api/v1/tasks/" + this.nnTask + "/reports",
				Map.of("text", "Đã rà soát 10/17 xã", "percentDone", 60, "reportedOn", "2025-02-10"), Map.class);
		assertThat(status(this.nnTask, "2025-02-10")).isEqualTo("IN_PROGRESS");
		assertThat(status(this.nnTask, "2025-04-01")).isEqualTo("OVERDUE");
		as("nhaplieu.nn").postForEntity("/api/v1/tasks/" + this.nnTask + "/reports",
				Map.of("text", "Hoàn thành rà soát", "percentDone", 100, "reportedOn", "2025-03-31"), Map.class);
		assertThat(status(this.nnTask, "2025-04-01")).isEqualTo("DONE_ON_TIME");
	}

	@Test
	void a_bad_report_is_refused_with_every_error_and_nothing_is_written() {
		ResponseEntity<Map> response = as("nhaplieu.nn").postForEntity("/api/v1/tasks/" + this.nnTask + "/reports",
				Map.of("text", " ", "percentDone", 120, "reportedOn", "2024-12-31"), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("text", "percentDone", "reportedOn");
		assertThat(reports(this.nnTask)).isZero();
	}

	@Test
	void only_a_leader_answers_an_obstacle_and_the_answer_goes_back_to_the_department() {
		ResponseEntity<Map> raised = as("nhaplieu.nn").postForEntity("/api/v1/obstacles",
				Map.of("task", this.nnTask, "description", "Thiếu kinh phí thuê đo đạc", "needed", "Bổ sung kinh phí",
						"neededFrom", "Chủ tịch UBND huyện"),
				Map.class);
		assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Object id = raised.getBody().get("id");
		assertThat(inbox("lanhdao")).anySatisfy(n -> assertThat(n).containsEntry("kind", "OBSTACLE")
			.containsEntry("obstacleId", id));
		assertThat(as("vanphong").postForEntity("/api/v1/obstacles/" + id + "/answer", Map.of("answer", "Đồng ý"),
				String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("nhaplieu.tckh").postForEntity("/api/v1/obstacles", Map.of("task", this.tckhTask, "description", "x",
				"needed", "y", "neededFrom", "z"), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(as("nhaplieu.nn").postForEntity("/api/v1/obstacles", Map.of("task", this.tckhTask, "description", "x",
				"needed", "y", "neededFrom", "z"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> answered = as("lanhdao").postForEntity("/api/v1/obstacles/" + id + "/answer",
				Map.of("answer", "Giao Phòng TC-KH bố trí kinh phí"), Map.class);
		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answered.getBody()).containsEntry("resolved", true).containsEntry("answeredBy", "lanhdao");
		assertThat(inbox("nhaplieu.nn")).anySatisfy(n -> assertThat(n).containsEntry("kind", "ANSWER")
			.containsEntry("obstacleId", id));
		assertThat(as("lanhdao").postForEntity("/api/v1/obstacles/" + id + "/answer", Map.of("answer", "Lần hai"),
				String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private long create(String title, String lead, List<String> co) {
		ResponseEntity<Map> response = as("vanphong").postForEntity("/api/v1/tasks",
				Map.of("title", title, "source", "DOCUMENT", "sourceReference", "Công văn số 45/UBND-TH", "leadAgency",
						lead, "coAgencies", co, "assignedOn", "2025-01-02", "deadline", "2025-03-31", "priority", "HIGH"),
				Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return ((Number) response.getBody().get("id")).longValue();
	}

	private String status(long task, String asOf) {
		return (String) as("lanhdao").getForObject("/api/v1/tasks/" + task + "?asOf=" + asOf, Map.class).get("status");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> inbox(String user) {
		return (List<Map<String, Object>>) as(user).getForObject("/api/v1/inbox", Map.class).get("notifications");
	}

	private int reports(long task) {
		return this.jdbc.sql("select count(*) from task_report where task_id = ?").param(task).query(Integer.class).single();
	}

	private TestRestTemplate as(String user) {
		return this.rest.withBasicAuth(user, PASSWORD);
	}

}

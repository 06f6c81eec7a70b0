package org.chitieu.task;

import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's conclusions become directives when the notice is issued: the chosen ones, all or none. */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class MeetingApiIntegrationTests {

	private static final String PASSWORD = ChiTieuIntegrationTest.DEMO_PASSWORD;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void issuing_the_notice_turns_the_chosen_conclusions_into_tasks() {
		long meeting = thematicMeeting();
		ResponseEntity<Map> issued = as("lanhdao").postForEntity("/api/v1/meetings/" + meeting + "/notice",
				Map.of("number", "45/TB-UBND", "issuedOn", "2025-03-12", "items", List.of(1)), Map.class);
		assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(issued.getBody()).containsEntry("noticeNumber", "45/TB-UBND").containsEntry("noticeDate", "2025-03-12");
		List<Map<String, Object>> conclusions = (List<Map<String, Object>>) issued.getBody().get("conclusions");
		assertThat(conclusions.get(0).get("taskId")).isNotNull();
		assertThat(conclusions.get(1).get("taskId")).isNull();
		List<Map<String, Object>> tasks = as("lanhdao").getForObject(
				"/api/v1/meetings/" + meeting + "/tasks?asOf=2025-03-12", List.class);
		assertThat(tasks).singleElement().satisfies(task -> {
			assertThat(task).containsEntry("source", "MEETING_CONCLUSION")
				.containsEntry("sourceReference", "45/TB-UBND")
				.containsEntry("leadAgency", "CD-NN")
				.containsEntry("assignedOn", "2025-03-12")
				.containsEntry("status", "NOT_YET_DUE")
				.containsEntry("indicator", "RICE");
		});
		ResponseEntity<Map> again = as("lanhdao").postForEntity("/api/v1/meetings/" + meeting + "/notice",
				Map.of("number", "46/TB-UBND", "issuedOn", "2025-03-13", "items", List.of(2)), Map.class);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_notice_with_a_bad_number_or_an_unassigned_item_creates_no_task() {
		long meeting = thematicMeeting();
		int before = this.jdbc.sql("select count(*) from task").query(Integer.class).single();
		ResponseEntity<Map> refused = as("vanphong").postForEntity("/api/v1/meetings/" + meeting + "/notice",
				Map.of("number", "TB so 45", "issuedOn", "2025-03-12", "items", List.of(1, 3, 9)), Map.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(error -> error.get("field"))
			.containsExactlyInAnyOrder("number", "items[1]", "items[1]", "items[2]");
		assertThat(this.jdbc.sql("select count(*) from task").query(Integer.class).single()).isEqualTo(before);
		assertThat(as("vanphong").getForObject("/api/v1/meetings/" + meeting, Map.class).get("noticeNumber")).isNull();
	}

	@Test
	void a_department_neither_holds_meetings_nor_issues_notices() {
		Map<String, Object> form = Map.of("orgUnit", "CD", "type", "THEMATIC", "heldOn", "2025-03-10", "title", "x",
				"chairTitle", "Trưởng phòng");
		assertThat(as("nhaplieu.nn").postForEntity("/api/v1/meetings", form, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		long meeting = thematicMeeting();
		assertThat(as("truongphong.nn").postForEntity("/api/v1/meetings/" + meeting + "/notice",
				Map.of("number", "47/TB-UBND", "issuedOn", "2025-03-12", "items", List.of(1)), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.sql("select count(*) from task t join meeting_conclusion c on c.id = t.conclusion_id where c.meeting_id = ?")
			.param(meeting).query(Integer.class).single()).isZero();
	}

	private long thematicMeeting() {
		ResponseEntity<Map> created = as("vanphong").postForEntity("/api/v1/meetings", Map.of("orgUnit", "CD", "type",
				"THEMATIC", "heldOn", "2025-03-10", "title", "Họp chuyên đề sản xuất lúa vụ Hè Thu", "chairTitle",
				"Phó Chủ tịch UBND huyện", "agencies", List.of("CD-NN", "CD-TCKH"), "conclusions",
				List.of(Map.of("text", "Hướng dẫn nông dân xuống giống đúng lịch thời vụ", "leadAgency", "CD-NN",
						"deadline", "2025-04-30", "indicator", "RICE", "priority", "HIGH"),
						Map.of("text", "Bố trí kinh phí hỗ trợ giống", "leadAgency", "CD-TCKH", "deadline", "2025-04-15"),
						Map.of("text", "Các xã tuyên truyền cho nông dân"))),
				Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return ((Number) created.getBody().get("id")).longValue();
	}

	private TestRestTemplate as(String user) {
		return this.rest.withBasicAuth(user, PASSWORD);
	}

}

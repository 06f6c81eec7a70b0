package org.chitieu.obstacle;

import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One register behind both doors: an obstacle raised on a project's page (the project API) is on the
 * project's page and in the leaders' obstacle list and oversight page, which used to read another
 * table, and escalating it there reaches the leaders' inbox; one raised through {@code /api/v1/obstacles}
 * on a project is on the project's page, and the leader's answer resolves it there.
 */
@ChiTieuIntegrationTest
class ObstacleRegisterIntegrationTests {

	private static final String PROJECT = "DUONG-VANH-DAI-CD";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	private final String description = "Vướng cột điện " + System.nanoTime();

	@AfterEach
	void removeTheTestsObstacles() {
		this.jdbc.sql("delete from obstacle where description = ?").param(this.description).update();
	}

	@Test
	void an_obstacle_raised_on_a_project_is_on_the_project_page_and_in_the_leaders_obstacle_list() throws Exception {
		ResponseEntity<Map> raised = as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + PROJECT + "/obstacles",
				Map.of("description", this.description, "ownerAgency", "CD-BQLDA", "neededFrom", "Điện lực Cần Đước"),
				Map.class);
		assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = ((Number) raised.getBody().get("id")).longValue();

		assertThat(projectObstacle(id)).containsEntry("status", "OPEN").containsEntry("ownerAgency", "CD-BQLDA");
		assertThat(page("nhaplieu.bqlda", "/projects/" + PROJECT)).contains(this.description);

		assertThat(waitingForLeaders(id)).containsEntry("project", PROJECT)
			.containsEntry("agency", "CD-BQLDA")
			.containsEntry("neededFrom", "Điện lực Cần Đước")
			.containsEntry("resolved", false);
		assertThat(page("lanhdao", "/oversight")).contains(this.description);

		assertThat(inbox("lanhdao")).noneMatch(notification -> isAbout(notification, id));
		assertThat(as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + PROJECT + "/obstacles/" + id,
				Map.of("status", "ESCALATED"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(inbox("lanhdao")).as("escalated on the project's page, it reaches the leader's inbox")
			.anySatisfy(notification -> {
				assertThat(isAbout(notification, id)).isTrue();
				assertThat(notification).containsEntry("kind", "OBSTACLE");
			});
	}

	@Test
	void an_obstacle_raised_through_the_obstacle_api_is_on_the_project_page_and_the_answer_resolves_it_there() throws Exception {
		ResponseEntity<Map> raised = as("nhaplieu.bqlda").postForEntity("/api/v1/obstacles",
				Map.of("project", PROJECT, "description", this.description, "needed", "Hỗ trợ di dời",
						"neededFrom", "Chủ tịch UBND huyện"),
				Map.class);
		assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = ((Number) raised.getBody().get("id")).longValue();
		assertThat(projectObstacle(id)).as("it went to the leaders as it was raised")
			.containsEntry("status", "ESCALATED")
			.containsEntry("ownerAgency", "CD-BQLDA");

		assertThat(as("lanhdao").postForEntity("/api/v1/obstacles/" + id + "/answer", Map.of("answer", "Giao Điện lực"),
				Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(projectObstacle(id)).containsEntry("status", "RESOLVED").containsEntry("resolution", "Giao Điện lực");
		assertThat(page("nhaplieu.bqlda", "/projects/" + PROJECT)).contains(this.description, "Giao Điện lực");
		assertThat(as("nhaplieu.bqlda").postForEntity("/api/v1/projects/" + PROJECT + "/obstacles/" + id,
				Map.of("status", "ESCALATED"), String.class).getStatusCode())
			.as("a resolved obstacle does not move on from either door")
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> projectObstacle(long id) {
		Map<String, Object> detail = as("lanhdao").getForObject("/api/v1/projects/" + PROJECT, Map.class);
		return ((List<Map<String, Object>>) detail.get("obstacles")).stream()
			.filter(obstacle -> ((Number) obstacle.get("id")).longValue() == id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("obstacle " + id + " is not on the project's page"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> waitingForLeaders(long id) {
		List<Map<String, Object>> waiting = as("lanhdao").getForObject("/api/v1/obstacles?open=true", List.class);
		return waiting.stream()
			.filter(obstacle -> ((Number) obstacle.get("id")).longValue() == id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("obstacle " + id + " is not in the leaders' list"));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> inbox(String username) {
		return (List<Map<String, Object>>) as(username).getForObject("/api/v1/inbox", Map.class).get("notifications");
	}

	private static boolean isAbout(Map<String, Object> notification, long obstacle) {
		return notification.get("obstacleId") instanceof Number id && id.longValue() == obstacle;
	}

	/** The page as the signed-in user's browser gets it (pages take no HTTP Basic). */
	private String page(String username, String path) throws Exception {
		return MockMvcBuilders.webAppContextSetup(this.context)
			.apply(springSecurity())
			.build()
			.perform(get(path).with(user(this.users.findByUsername(username).orElseThrow())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private TestRestTemplate as(String username) {
		return this.rest.withBasicAuth(username, ChiTieuIntegrationTest.DEMO_PASSWORD);
	}

}

package org.chitieu.task;

import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An obstacle is raised only on a project that exists and that the user's agency reports on. */
@ChiTieuIntegrationTest
class ObstacleProjectIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_unknown_project_is_refused_naming_it_and_nothing_is_written() {
		long before = obstacles();
		ResponseEntity<String> refused = as("nhaplieu.nn").postForEntity("/api/v1/obstacles",
				obstacle("NO-SUCH-PROJECT"), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(refused.getBody()).contains("NO-SUCH-PROJECT");
		assertThat(obstacles()).isEqualTo(before);
	}

	@Test
	void another_agencys_project_is_forbidden_and_nothing_is_written() {
		long before = obstacles();
		assertThat(as("nhaplieu.nn").postForEntity("/api/v1/obstacles", obstacle("DUONG-VANH-DAI-CD"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(obstacles()).isEqualTo(before);
	}

	@Test
	void the_investor_raises_one_on_its_own_project_in_the_projects_unit() {
		ResponseEntity<Map> raised = as("nhaplieu.bqlda").postForEntity("/api/v1/obstacles", obstacle("DUONG-VANH-DAI-CD"),
				Map.class);
		assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = ((Number) raised.getBody().get("id")).longValue();
		try {
			assertThat(this.jdbc.sql("select u.code from obstacle o join org_unit u on u.id = o.org_unit_id where o.id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo(this.jdbc.sql(
						"select u.code from project p join org_unit u on u.id = p.org_unit_id where p.code = 'DUONG-VANH-DAI-CD'")
					.query(String.class)
					.single());
		}
		finally {
			this.jdbc.sql("delete from obstacle where id = ?").param(id).update();
		}
	}

	private static Map<String, String> obstacle(String project) {
		return Map.of("project", project, "description", "Vướng mặt bằng", "needed", "Hỗ trợ giải phóng mặt bằng",
				"neededFrom", "Chủ tịch UBND huyện");
	}

	private long obstacles() {
		return this.jdbc.sql("select count(*) from obstacle").query(Long.class).single();
	}

	private TestRestTemplate as(String username) {
		return this.rest.withBasicAuth(username, ChiTieuIntegrationTest.DEMO_PASSWORD);
	}

}

package org.chitieu.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users API as an office and an administrator use it, and as others try to misuse it: every
 * refusal is a 403 (or a 400 for a bad password) with nothing written.
 */
@ChiTieuIntegrationTest
class UserApiIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_office_creates_a_commune_reporter_who_must_change_the_one_time_password_before_using_the_api() {
		String username = unique("nhaplieu.longcang");
		ResponseEntity<Map> created = office().postForEntity("/api/v1/users",
				json(user(username, "REPORTER", "CD-LONG-CANG", "CD-NN", null)), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody()).containsEntry("username", username)
			.containsEntry("role", "REPORTER")
			.containsEntry("orgUnit", "CD-LONG-CANG")
			.containsEntry("mustChangePassword", true);
		String oneTime = (String) created.getBody().get("oneTimePassword");
		assertThat(oneTime).hasSizeGreaterThanOrEqualTo(10);
		assertThat(auditCount(username, "user.created")).isEqualTo(1);

		TestRestTemplate reporter = this.rest.withBasicAuth(username, oneTime);
		assertThat(reporter.getForEntity("/api/v1/progress?orgUnit=CD&period=2024-05", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void the_office_cannot_grant_a_role_above_reporter_and_agency_head_and_nothing_is_written() {
		String username = unique("lanhdao.moi");
		ResponseEntity<String> refused = office().postForEntity("/api/v1/users",
				json(user(username, "LEADER", "CD", null, "Mot-Mat-Khau-Dai")), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exists(username)).isFalse();
		assertThat(auditCount(username, "user.created")).isZero();
	}

	@Test
	void the_office_cannot_create_an_account_outside_its_subtree_and_nothing_is_written() {
		String username = unique("nhaplieu.tayninh");
		ResponseEntity<String> refused = office().postForEntity("/api/v1/users",
				json(user(username, "REPORTER", "TN-LONG-CANG", "CD-NN", "Mot-Mat-Khau-Dai")), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exists(username)).isFalse();
	}

	@Test
	void a_reporter_can_neither_list_nor_create_nor_change_accounts() {
		TestRestTemplate reporter = this.rest.withBasicAuth("nhaplieu.nn", ChiTieuIntegrationTest.DEMO_PASSWORD);
		String username = unique("ai.do");
		assertThat(reporter.getForEntity("/api/v1/users", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(reporter
			.postForEntity("/api/v1/users", json(user(username, "REPORTER", "CD", "CD-NN", null)), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exists(username)).isFalse();
		assertThat(patch(reporter, "truongphong.nn", Map.of("enabled", false)).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(enabled("truongphong.nn")).isTrue();
	}

	@Test
	void the_office_cannot_promote_a_reporter_to_office_and_the_account_stays_as_it_was() {
		String username = createByAdmin("REPORTER", "CD", "CD-NN");
		assertThat(patch(office(), username, Map.of("role", "OFFICE")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.sql("select role from app_user where username = ?").param(username).query(String.class)
			.single()).isEqualTo("REPORTER");
		assertThat(auditCount(username, "user.updated")).isZero();
	}

	@Test
	void the_office_lists_only_the_accounts_of_its_agencies() {
		ResponseEntity<List> listed = office().getForEntity("/api/v1/users?size=1000", List.class);
		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> users = listed.getBody();
		assertThat(users).extracting(user -> user.get("username")).contains("nhaplieu.nn", "truongphong.nn")
			.doesNotContain("admin", "lanhdao", "vanphong");
		assertThat(users).allSatisfy(user -> assertThat(user.get("role")).isIn("REPORTER", "AGENCY_HEAD"));
	}

	@Test
	void a_password_is_refused_when_short_common_or_the_user_name_and_nothing_is_written() {
		for (String password : List.of("ngan-qua", "1234567890", "Password123")) {
			String username = unique("matkhau.xau");
			ResponseEntity<String> refused = admin().postForEntity("/api/v1/users",
					json(user(username, "REPORTER", "CD", "CD-NN", password)), String.class);
			assertThat(refused.getStatusCode()).as(password).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getBody()).contains("password");
			assertThat(exists(username)).isFalse();
		}
		String username = unique("tenminh");
		ResponseEntity<String> refused = admin().postForEntity("/api/v1/users",
				json(user(username, "REPORTER", "CD", "CD-NN", username + "-2024!")), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(exists(username)).isFalse();
	}

	@Test
	void a_disabled_user_can_neither_sign_in_nor_use_a_token() {
		String username = createByAdmin("REPORTER", "CD", "CD-NN");
		TestRestTemplate user = this.rest.withBasicAuth(username, "Mot-Mat-Khau-Dai");
		ResponseEntity<Map> token = user.postForEntity("/api/v1/tokens", null, Map.class);
		assertThat(token.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		HttpHeaders bearer = new HttpHeaders();
		bearer.setBearerAuth((String) token.getBody().get("token"));
		String progress = "/api/v1/progress?orgUnit=CD&period=2024-05";
		assertThat(this.rest.exchange(progress, HttpMethod.GET, new HttpEntity<>(bearer), String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		assertThat(patch(admin(), username, Map.of("enabled", false)).getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(user.getForEntity(progress, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.exchange(progress, HttpMethod.GET, new HttpEntity<>(bearer), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(auditCount(username, "user.disabled")).isEqualTo(1);
	}

	@Test
	void a_reset_gives_a_one_time_password_and_the_old_one_stops_working() {
		String username = createByAdmin("AGENCY_HEAD", "CD", "CD-TCKH");
		ResponseEntity<Map> reset = office().postForEntity("/api/v1/users/" + username + "/password-reset", null,
				Map.class);
		assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.OK);
		String progress = "/api/v1/progress?orgUnit=CD&period=2024-05";
		assertThat(this.rest.withBasicAuth(username, "Mot-Mat-Khau-Dai").getForEntity(progress, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.withBasicAuth(username, (String) reset.getBody().get("oneTimePassword"))
			.getForEntity(progress, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(auditCount(username, "user.passwordReset")).isEqualTo(1);
	}

	private String createByAdmin(String role, String orgUnit, String agency) {
		String username = unique("tk");
		ResponseEntity<String> created = admin().postForEntity("/api/v1/users",
				json(user(username, role, orgUnit, agency, "Mot-Mat-Khau-Dai")), String.class);
		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
		return username;
	}

	private ResponseEntity<String> patch(TestRestTemplate as, String username, Map<String, Object> body) {
		return as.exchange("/api/v1/users/" + username, HttpMethod.PATCH, json(body), String.class);
	}

	private TestRestTemplate office() {
		return this.rest.withBasicAuth("vanphong", ChiTieuIntegrationTest.DEMO_PASSWORD);
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
	}

	private boolean exists(String username) {
		return this.jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class)
			.single() > 0;
	}

	private boolean enabled(String username) {
		return this.jdbc.sql("select enabled from app_user where username = ?").param(username).query(Boolean.class)
			.single();
	}

	private long auditCount(String subject, String action) {
		return this.jdbc.sql("select count(*) from audit_event where subject = ? and action = ?")
			.params(subject, action)
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> user(String username, String role, String orgUnit, String agency,
			String password) {
		Map<String, Object> user = new HashMap<>();
		user.put("username", username);
		user.put("displayName", "Cán bộ thử " + username);
		user.put("role", role);
		user.put("orgUnit", orgUnit);
		user.put("agency", agency);
		user.put("email", username + "@example.vn");
		user.put("password", password);
		return user;
	}

	private static String unique(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}

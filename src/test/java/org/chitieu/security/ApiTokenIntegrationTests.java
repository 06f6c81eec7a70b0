package org.chitieu.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens expire, are listed and revoked by their owner, are capped per user, and cannot mint tokens. */
@ChiTieuIntegrationTest
class ApiTokenIntegrationTests {

	private static final String PASSWORD = "Token-password-1";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_new_token_expires_in_thirty_days_and_is_listed_to_its_owner_only() {
		String owner = account();
		Map<String, Object> issued = issue(owner).getBody();
		Instant expires = Instant.parse((String) issued.get("expiresAt"));
		assertThat(expires).isBetween(Instant.now().plus(29, ChronoUnit.DAYS), Instant.now().plus(31, ChronoUnit.DAYS));

		List<Map<String, Object>> mine = list(bearer((String) issued.get("token"))).getBody();
		assertThat(mine).singleElement().satisfies(token -> {
			assertThat(token.get("id")).isEqualTo(issued.get("id"));
			assertThat(token).doesNotContainKey("token");
		});
		assertThat(list(basic(account())).getBody()).isEmpty();
	}

	@Test
	void a_revoked_or_expired_token_no_longer_signs_in() {
		String owner = account();
		Map<String, Object> first = issue(owner).getBody();
		Map<String, Object> second = issue(owner).getBody();
		HttpHeaders firstToken = bearer((String) first.get("token"));
		assertThat(status(firstToken)).isEqualTo(HttpStatus.OK);

		assertThat(this.rest.exchange("/api/v1/tokens/" + first.get("id"), HttpMethod.DELETE,
				new HttpEntity<>(basic(account())), String.class).getStatusCode()).as("another user's token")
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.rest.exchange("/api/v1/tokens/" + first.get("id"), HttpMethod.DELETE, new HttpEntity<>(basic(owner)),
				String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(status(firstToken)).isEqualTo(HttpStatus.UNAUTHORIZED);

		this.jdbc.sql("update api_token set expires_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), ((Number) second.get("id")).longValue())
			.update();
		assertThat(status(bearer((String) second.get("token")))).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void a_token_cannot_issue_tokens() {
		String owner = account();
		String token = (String) issue(owner).getBody().get("token");
		ResponseEntity<String> minted = this.rest.postForEntity("/api/v1/tokens",
				new HttpEntity<>(Map.of("name", "child"), bearer(token)), String.class);
		assertThat(minted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(list(basic(owner)).getBody()).hasSize(1);
	}

	@Test
	void past_ten_live_tokens_a_user_is_refused_with_a_clear_message() {
		String owner = account();
		for (int i = 0; i < 10; i++) {
			assertThat(issue(owner).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}
		ResponseEntity<String> refused = this.rest.postForEntity("/api/v1/tokens", new HttpEntity<>(Map.of(), basic(owner)),
				String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("tối đa 10 mã truy cập");
		assertThat(list(basic(owner)).getBody()).hasSize(10);
	}

	private ResponseEntity<Map<String, Object>> issue(String username) {
		ResponseEntity<Map<String, Object>> response = this.rest.exchange("/api/v1/tokens", HttpMethod.POST,
				new HttpEntity<>(Map.of("name", "script"), basic(username)), new ParameterizedTypeReference<>() {
				});
		return response;
	}

	private ResponseEntity<List<Map<String, Object>>> list(HttpHeaders headers) {
		return this.rest.exchange("/api/v1/tokens", HttpMethod.GET, new HttpEntity<>(headers),
				new ParameterizedTypeReference<>() {
				});
	}

	private HttpStatus status(HttpHeaders headers) {
		return HttpStatus.valueOf(this.rest.exchange("/api/v1/tokens", HttpMethod.GET, new HttpEntity<>(headers), String.class)
			.getStatusCode()
			.value());
	}

	private String account() {
		String username = "token-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.create(username, this.passwordEncoder.encode(PASSWORD), "Thử mã", Role.LEADER, "CD", null);
		return username;
	}

	private static HttpHeaders basic(String username) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(username, PASSWORD);
		return headers;
	}

	private static HttpHeaders bearer(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return headers;
	}

}

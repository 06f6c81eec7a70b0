package org.chitieu.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.SecondNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL, over real HTTP: node A is the suite's application and trusts no proxy (the
 * default), node B a second one started here with {@code CHITIEU_TRUSTED_PROXIES} naming the loopback
 * address, as a node behind a reverse proxy on the same machine is configured. Wrong passwords on one
 * node hold the account back on the other; only node B reads the client address from X-Forwarded-For.
 */
@ChiTieuIntegrationTest
class SignInBehindProxiesIntegrationTests {

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	AuditLog audit;

	@AfterEach
	void forgetFailures() {
		this.throttle.clear();
	}

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
			nodeB = null;
		}
	}

	@Test
	void five_wrong_passwords_on_node_a_hold_the_account_back_on_node_b_too() throws Exception {
		int b = nodeB();
		String username = account();
		for (int i = 0; i < 5; i++) {
			assertThat(basicSignIn(this.port, username, "wrong-" + i, null)).isEqualTo(401);
		}
		assertThat(basicSignIn(b, username, "Right-password-1", null)).as("node B knows of node A's failures")
			.isEqualTo(429);
		Thread.sleep(1100);
		assertThat(basicSignIn(b, username, "Right-password-1", null)).isEqualTo(200);
	}

	@Test
	void behind_a_trusted_proxy_the_throttle_and_the_audit_see_the_forwarded_client_address() throws Exception {
		int node = nodeB();
		for (int i = 0; i < 20; i++) {
			assertThat(basicSignIn(node, "nobody-" + UUID.randomUUID(), "guess", "203.0.113.50")).isEqualTo(401);
		}
		String username = account();
		assertThat(basicSignIn(node, username, "Right-password-1", "203.0.113.50")).as("the guessing client waits")
			.isEqualTo(429);
		assertThat(basicSignIn(node, username, "Right-password-1", "203.0.113.51")).as("another client behind the proxy does not")
			.isEqualTo(200);
		assertThat(this.audit.recent(SignInThrottle.LOCKED, 1)).singleElement()
			.satisfies(act -> assertThat(act.subject()).isEqualTo("203.0.113.50"));
	}

	@Test
	void from_a_peer_that_is_no_trusted_proxy_x_forwarded_for_is_ignored() throws Exception {
		for (int i = 0; i < 20; i++) {
			// each guess claims another client address, as the comment limit's bypass did
			assertThat(basicSignIn(this.port, "nobody-" + UUID.randomUUID(), "guess", "198.51.100." + i)).isEqualTo(401);
		}
		assertThat(this.audit.recent(SignInThrottle.LOCKED, 1)).singleElement()
			.satisfies(act -> assertThat(act.subject()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
		String username = account();
		assertThat(basicSignIn(this.port, username, "Right-password-1", "198.51.100.99"))
			.as("the peer's own address is held back whatever it claims")
			.isEqualTo(429);
	}

	private int nodeB() {
		if (nodeB == null) {
			nodeB = SecondNode.start(this.context, "--CHITIEU_TRUSTED_PROXIES=127\\.0\\.0\\.1");
		}
		return SecondNode.port(nodeB);
	}

	/** The status of an API call with HTTP Basic, sent over loopback with the X-Forwarded-For a proxy would add. */
	private int basicSignIn(int port, String username, String password, String forwardedFor) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
			.header("Authorization", "Basic " + credentials);
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** An account of the test's own, so that locking it troubles no other test. */
	private String account() {
		String username = "proxy-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.create(username, this.passwordEncoder.encode("Right-password-1"), "Thử proxy", Role.LEADER, "CD", null);
		return username;
	}

}

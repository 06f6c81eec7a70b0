package org.chitieu.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.web.ProductionCsrf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in under attack, sessions under parallel load, and the headers every page carries. */
@ChiTieuIntegrationTest
class SignInSecurityIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<?> sessionRepository;

	@AfterEach
	void forgetFailures() {
		this.throttle.clear();
	}

	@Test
	void after_five_wrong_passwords_on_the_form_even_the_right_one_waits_and_the_lockout_is_audited() throws Exception {
		MockMvc mvc = mvc();
		String username = account();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("192.0.2.10")).param("username", username)
				.param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).with(from("192.0.2.11")).param("username", username)
			.param("password", "Right-password-1")).andExpect(redirectedUrl("/login?throttled=1"));
		assertThat(this.audit.recent(SignInThrottle.LOCKED, 20)).anyMatch(act -> username.equals(act.actor()));

		Thread.sleep(1100);
		mvc.perform(post("/login").with(csrf()).with(from("192.0.2.11")).param("username", username)
			.param("password", "Right-password-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void http_basic_is_throttled_with_429_and_retry_after() throws Exception {
		MockMvc mvc = mvc();
		String username = account();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/tokens").with(from("192.0.2.20")).header("Authorization", basic(username, "nope")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/tokens").with(from("192.0.2.20")).header("Authorization", basic(username, "Right-password-1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void one_address_trying_many_accounts_is_held_back_but_other_addresses_are_not() throws Exception {
		MockMvc mvc = mvc();
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("192.0.2.30")).param("username", "nobody-" + i)
				.param("password", "guess")).andExpect(redirectedUrl("/login?error"));
		}
		String username = account();
		mvc.perform(post("/login").with(csrf()).with(from("192.0.2.30")).param("username", username)
			.param("password", "Right-password-1")).andExpect(redirectedUrl("/login?throttled=1"));
		mvc.perform(post("/login").with(csrf()).with(from("192.0.2.31")).param("username", username)
			.param("password", "Right-password-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void an_anonymous_visit_to_the_sign_in_page_stores_no_session() throws Exception {
		ProductionCsrf.restore(this.context);
		long before = sessions();
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"_csrf\"");
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void pages_carry_a_content_security_policy_without_inline_script_and_the_other_headers() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> {
			assertThat(csp).contains("script-src 'self'");
			assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
				.doesNotContain("unsafe-inline");
		});
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
	}

	@Test
	void twenty_parallel_dashboard_loads_on_a_fresh_session_all_succeed() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=lanhdao&password=" + ChiTieuIntegrationTest.DEMO_PASSWORD + "&_csrf=" + token.group(1);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

		List<CompletableFuture<HttpResponse<String>>> loads = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			loads.add(client.sendAsync(HttpRequest.newBuilder(uri("/dashboard")).build(), HttpResponse.BodyHandlers.ofString()));
		}
		assertThat(loads.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(200);
	}

	@Test
	void two_requests_adding_the_same_session_attribute_both_succeed_and_the_last_one_wins() {
		// the root cause of the parallel 500s: each request inserted the attribute, the second on a duplicate key
		addTwice(this.sessionRepository);
	}

	private static <S extends Session> void addTwice(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		try {
			S first = sessions.findById(created.getId());
			S second = sessions.findById(created.getId());
			first.setAttribute("token", "first");
			second.setAttribute("token", "second");
			sessions.save(first);
			sessions.save(second);
			assertThat(sessions.findById(created.getId()).<String>getAttribute("token")).isEqualTo("second");
		}
		finally {
			sessions.deleteById(created.getId());
		}
	}

	private long sessions() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	/** An account of the test's own, so that locking it troubles no other test. */
	private String account() {
		String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.create(username, this.passwordEncoder.encode("Right-password-1"), "Thử khóa", Role.LEADER, "CD", null);
		return username;
	}

	private MockMvc mvc() {
		return MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}

package org.chitieu.web;

import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A sweep of hostile input over pages and the API: each gets a 4xx whose text names no Java class or
 * exception, and the database is as it was.
 */
@ChiTieuIntegrationTest
class HostileInputIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	@BeforeEach
	void mvc() {
		// the guard is a servlet filter, which MockMvc leaves out unless told
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(this.context.getBean("nulGuardFilter", FilterRegistrationBean.class).getFilter())
			.apply(springSecurity())
			.build();
	}

	@Test
	void a_nul_byte_in_any_text_field_is_refused_with_400() throws Exception {
		var office = user(this.users.findByUsername("vanphong").orElseThrow());
		var reporter = user(this.users.findByUsername("nhaplieu.nn").orElseThrow());
		refused(post("/api/v1/obstacles").with(reporter)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"project\":\"X\",\"description\":\"a\\u0000b\",\"needed\":\"n\",\"neededFrom\":\"f\"}"));
		refused(post("/tasks").with(office).with(csrf()).param("title", "Việc\u0000độc").param("leadAgency", "CD-NN"));
		refused(post("/public/articles/khong-co/comments").with(csrf()).param("text", "xin\u0000chào"));
		refused(get("/dashboard").with(office).param("orgUnit", "CD\u0000"));
		refused(get("/api/v1/progress?orgUnit=CD%00&period=2024-05").with(office));
	}

	@Test
	void unknown_items_and_malformed_addresses_on_pages_are_4xx() throws Exception {
		var office = user(this.users.findByUsername("vanphong").orElseThrow());
		refused(get("/tasks/999999999").with(office));
		refused(get("/tasks/abc").with(office));
		refused(get("/meetings/999999999").with(office));
		refused(get("/meetings/99999999999999999999").with(office));
		refused(get("/projects/NO-SUCH-PROJECT").with(office));
		refused(get("/portal/admin/999999999").with(office));
		refused(get("/portal/admin/comments").with(office).param("status", "NOPE"));
		refused(get("/dashboard").with(office).param("period", "2024-13"));
		refused(get("/dashboard").with(office).param("orgUnit", "NO-SUCH-UNIT"));
		refused(get("/reports").with(office).param("period", "9999999999-01"));
	}

	@Test
	void form_indexes_and_numbers_beyond_range_are_4xx() throws Exception {
		var office = user(this.users.findByUsername("vanphong").orElseThrow());
		refused(post("/meetings").with(office).with(csrf()).param("conclusions[100000].text", "x"));
		refused(post("/meetings").with(office).with(csrf()).param("conclusions[-1].text", "x"));
		refused(post("/meetings").with(office).with(csrf()).param("conclusions[abc].text", "x"));
		refused(post("/inbox/99999999999999999999/read").with(office).with(csrf()));
		refused(post("/portal/admin/comments/99999999999999999999/moderate").with(office).with(csrf())
			.param("status", "APPROVED"));
	}

	private void refused(RequestBuilder request) throws Exception {
		long before = fingerprint();
		MvcResult result = this.mvc.perform(request).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(body).isBetween(400, 499);
		for (String leak : List.of("Exception", "java.", "org.springframework", "org.chitieu")) {
			assertThat(body).doesNotContain(leak);
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	/** Rows of the tables that hostile input could reach. */
	private long fingerprint() {
		return this.jdbc.sql("""
				select (select count(*) from obstacle) + (select count(*) from task) + (select count(*) from meeting)
				     + (select count(*) from portal_comment) + (select count(*) from data_value)
				""").query(Long.class).single();
	}

}

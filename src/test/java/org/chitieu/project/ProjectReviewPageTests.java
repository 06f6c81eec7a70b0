package org.chitieu.project;

import java.math.BigDecimal;
import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValueStatus;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project management board's head reviews the clinic's May report on the project page. The demo
 * has no May report for the clinic; the test files one and removes it afterwards.
 */
@ChiTieuIntegrationTest
class ProjectReviewPageTests {

	private static final String PROJECT = "TYT-PHUOC-VAN";

	@Autowired
	WebApplicationContext context;

	@Autowired
	ProjectService service;

	@Autowired
	Projects projects;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	@BeforeEach
	void fileTheMayReport() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.service.save(demo("nhaplieu.bqlda"), PROJECT, List.of(new ReportRow("2024-05", new BigDecimal("2.5"),
				new BigDecimal("40"), null, null, null, null, null, null)), true);
	}

	@AfterEach
	void removeIt() {
		this.jdbc.sql("""
				delete from project_report where project_id = (select id from project where code = ?)
				  and year = 2024 and month = 5
				""").param(PROJECT).update();
	}

	@Test
	void the_head_sees_the_review_form_and_approves_the_report() throws Exception {
		this.mvc.perform(get("/projects/" + PROJECT + "?period=2024-05").with(user(demo("truongban.bqlda"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"review-form\"")));
		this.mvc.perform(post("/projects/" + PROJECT + "/review").with(user(demo("truongban.bqlda"))).with(csrf())
			.param("period", "2024-05")
			.param("action", "approve"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("success"));
		assertThat(report().status()).isEqualTo(DataValueStatus.APPROVED);
	}

	@Test
	void returning_without_a_reason_is_refused_and_changes_nothing() throws Exception {
		this.mvc.perform(post("/projects/" + PROJECT + "/review").with(user(demo("truongban.bqlda"))).with(csrf())
			.param("period", "2024-05")
			.param("action", "return")
			.param("reason", " "))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("reviewErrors"));
		assertThat(report().status()).isEqualTo(DataValueStatus.SUBMITTED);
	}

	@Test
	void the_reporter_who_filed_it_cannot_approve_it() throws Exception {
		this.mvc.perform(get("/projects/" + PROJECT + "?period=2024-05").with(user(demo("nhaplieu.bqlda"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"review-form\""))));
		this.mvc.perform(post("/projects/" + PROJECT + "/review").with(user(demo("nhaplieu.bqlda"))).with(csrf())
			.param("period", "2024-05")
			.param("action", "approve"))
			.andExpect(status().isForbidden());
		assertThat(report().status()).isEqualTo(DataValueStatus.SUBMITTED);
	}

	private ProjectReport report() {
		return this.projects.findReport(this.service.project(PROJECT).id(), 2024, 5).orElseThrow();
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

}

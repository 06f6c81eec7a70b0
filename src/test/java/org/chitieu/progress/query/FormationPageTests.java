package org.chitieu.progress.query;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's Xã Long Cang, formed on 1/7/2025 from Long Cang, Long Định and Phước Vân, on its pages. */
@ChiTieuIntegrationTest
class FormationPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void the_commune_leader_sees_november_2026_and_that_the_commune_was_formed_from_three() throws Exception {
		this.mvc.perform(get("/dashboard?period=2026-11").with(user(demo("lanhdao.longcang"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Xã Long Cang – tháng 11 năm 2026"), containsString("9/10</span>"),
					containsString("Nghị quyết số 32/NQ-HĐND"),
					containsString("được thành lập từ ngày 1/7/2025 trên cơ sở Xã Long Cang, Xã Long Định, Xã Phước Vân"),
					containsString("18.309"), containsString("18.191"))));
	}

	@Test
	void a_month_before_the_commune_was_formed_shows_its_predecessors_figures_and_says_so() throws Exception {
		this.mvc.perform(get("/indicators/RICE?orgUnit=TN-LONG-CANG&period=2025-03").with(user(demo("lanhdao.longcang"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("số liệu trước ngày này là của các đơn vị tiền thân (Xã Long Cang, Xã Long Định, Xã Phước Vân)"),
					containsString("Xã Long Định"), containsString("Xã Phước Vân"),
					containsString("&quot;mark&quot;:{&quot;month&quot;:7,"), containsString("Sáp nhập từ 1/7/2025"))));
	}

	@Test
	void the_year_after_marks_where_last_years_line_crosses_the_merger_in_english_too() throws Exception {
		this.mvc.perform(get("/indicators/RICE?orgUnit=TN-LONG-CANG&period=2026-11&lang=en")
			.with(user(demo("lanhdao.longcang"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Xã Long Cang was formed on 1/7/2025 from"),
					containsString("Last year: merged from 1/7/2025"))));
	}

	@Test
	void a_district_that_was_never_merged_says_nothing_of_a_merger() throws Exception {
		this.mvc.perform(get("/indicators/RICE?orgUnit=CD&period=2024-05").with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("class=\"formation\""))))
			.andExpect(content().string(not(containsString("&quot;mark&quot;"))));
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

}

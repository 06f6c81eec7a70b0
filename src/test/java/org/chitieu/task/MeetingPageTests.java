package org.chitieu.task;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The office records a meeting and its conclusions from the web page; staff of a department cannot. */
@ChiTieuIntegrationTest
class MeetingPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void the_office_records_a_meeting_with_its_numbered_conclusions_and_empty_rows_are_dropped() throws Exception {
		this.mvc.perform(get("/meetings/new").with(user(demo("vanphong"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("conclusions[9].text")));
		String location = this.mvc.perform(post("/meetings").with(user(demo("vanphong"))).with(csrf())
			.param("orgUnit", "CD")
			.param("type", "THEMATIC")
			.param("heldOn", "2024-06-12")
			.param("title", "Họp chuyên đề về giải ngân vốn đầu tư công")
			.param("chairTitle", "Phó Chủ tịch UBND huyện")
			.param("agencies", "CD-TCKH", "CD-BQLDA")
			.param("conclusions[0].text", "Rà soát, điều chuyển vốn các dự án chậm giải ngân")
			.param("conclusions[0].leadAgency", "CD-TCKH")
			.param("conclusions[0].deadline", "2024-06-30")
			.param("conclusions[0].priority", "HIGH")
			.param("conclusions[1].text", "")
			.param("conclusions[2].text", "Đẩy nhanh khối lượng thi công đường Vành đai")
			.param("conclusions[2].leadAgency", "CD-BQLDA")
			.param("conclusions[2].deadline", "2024-07-15")
			.param("conclusions[2].priority", "NORMAL"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/meetings/");
		long id = Long.parseLong(location.substring("/meetings/".length()));
		assertThat(this.jdbc.sql("select count(*) from meeting_conclusion where meeting_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(2);
		this.mvc.perform(get(location).with(user(demo("vanphong"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đẩy nhanh khối lượng thi công đường Vành đai")));
	}

	@Test
	void a_department_reporter_cannot_record_a_meeting() throws Exception {
		long before = this.jdbc.sql("select count(*) from meeting").query(Long.class).single();
		this.mvc.perform(post("/meetings").with(user(demo("nhaplieu.nn"))).with(csrf())
			.param("orgUnit", "CD")
			.param("type", "THEMATIC")
			.param("heldOn", "2024-06-12")
			.param("title", "Không được phép")
			.param("chairTitle", "Chuyên viên"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from meeting").query(Long.class).single()).isEqualTo(before);
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

}

package org.chitieu.progress.query;

import jakarta.servlet.http.Cookie;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChiTieuIntegrationTest
class DashboardPageTests {

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
	void the_home_page_sends_a_signed_in_user_to_the_dashboard_and_a_stranger_to_the_login() throws Exception {
		this.mvc.perform(get("/").with(user(demo("lanhdao")))).andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login?error"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void the_leaders_dashboard_defaults_to_the_district_in_may_2024_with_the_articles_headline() throws Exception {
		this.mvc.perform(get("/dashboard").with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"vi\">"),
					containsString("22/24</span>"), containsString("chỉ tiêu đạt kế hoạch tiến độ"),
					containsString("Số liệu từ ngày 15/4/2024 đến ngày 14/5/2024"),
					containsString("Huyện Cần Đước – tháng 5 năm 2024"), containsString("Nông nghiệp, nông thôn"),
					containsString("+9.087"), containsString("98,98"), containsString("1.541,89"),
					containsString("Chậm tiến độ"), containsString("Chưa đạt tiến độ do nguồn thu tiền sử dụng đất"),
					not(containsString("NaN")), not(containsString("null")))));
	}

	@Test
	void an_htmx_filter_gets_the_content_alone_and_a_plain_link_the_whole_page() throws Exception {
		String query = "/dashboard?orgUnit=CD&period=2024-05&status=BEHIND&sector=";
		this.mvc.perform(get(query).header("HX-Request", "true").with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"dashboard-content\""),
					containsString("data-code=\"BUDGET_REVENUE\""), not(containsString("data-code=\"RICE\"")))));
		this.mvc.perform(get(query).with(user(demo("lanhdao"))))
			.andExpect(content().string(allOf(containsString("<html"), containsString("data-code=\"INVEST_DISBURSE_RATE\""),
					not(containsString("data-code=\"RICE\"")))));
	}

	@Test
	void a_commune_without_a_plan_says_so_kindly() throws Exception {
		this.mvc.perform(get("/dashboard?orgUnit=CD-LONG-CANG&period=2024-05").with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có kế hoạch năm 2024.")));
	}

	@Test
	void english_is_chosen_with_lang_and_kept_in_a_cookie() throws Exception {
		this.mvc.perform(get("/dashboard?orgUnit=CD&period=2024-05&lang=en").with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(cookie().value("chitieu-lang", "en"))
			.andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
					containsString("indicators on schedule"), containsString("Data from 15/4/2024 to 14/5/2024"),
					containsString("+9,087"), containsString("Agriculture and rural development"))));
		this.mvc.perform(get("/dashboard").cookie(new Cookie("chitieu-lang", "en")).with(user(demo("lanhdao"))))
			.andExpect(content().string(containsString("indicators on schedule")));
	}

	@Test
	void an_unknown_unit_is_a_404_page_and_a_unit_outside_the_users_scope_a_403_page() throws Exception {
		this.mvc.perform(get("/dashboard?orgUnit=NOWHERE").with(user(demo("lanhdao"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard?orgUnit=TN&period=2025-08").with(user(demo("lanhdao"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_indicator_page_shows_the_chart_data_the_monthly_values_and_the_history() throws Exception {
		this.mvc.perform(get("/indicators/INVEST_DISBURSE_RATE?orgUnit=CD&period=2024-05").with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tỷ lệ giải ngân vốn đầu tư công"),
					containsString("Phòng Tài chính - Kế hoạch"), containsString("Theo mốc kế hoạch"),
					containsString("data-chart="), containsString("&quot;T12&quot;"), containsString("Vốn đầu tư công đã giải ngân"),
					containsString("48,2"), containsString("Đã duyệt"), containsString("id=\"history\""))));
		this.mvc.perform(get("/indicators/NOPE").with(user(demo("lanhdao")))).andExpect(status().isNotFound());
	}

	@Test
	void a_district_that_enters_no_rice_itself_shows_its_communes_figures() throws Exception {
		this.mvc.perform(get("/indicators/RICE?orgUnit=CD&period=2024-05").with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("các đơn vị trực thuộc nhập"),
					containsString("Xã Long Cang"), containsString("Thị trấn Cần Đước"))))
			.andExpect(content().string(not(containsString("Chưa có số liệu trong năm"))));
	}

	@Test
	void the_api_still_answers_in_the_language_of_accept_language() throws Exception {
		this.mvc.perform(get("/api/v1/progress?orgUnit=NOWHERE&period=2024-05").header("Accept-Language", "en")
			.with(user(demo("lanhdao")))).andExpect(content().string(containsString("There is no org unit")));
		this.mvc.perform(get("/api/v1/progress?orgUnit=NOWHERE&period=2024-05").with(user(demo("lanhdao"))))
			.andExpect(content().string(containsString("Không có đơn vị hành chính")));
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

}

package org.chitieu.datavalue;

import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agriculture department's May 2024 figures wait for its head in the demo; tests put them back to waiting. */
@ChiTieuIntegrationTest
class ApprovalPageTests {

	private static final String VEGETABLE_MAY = "VEGETABLE|CD|2024-05";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	DataValues values;

	@Autowired
	DataValueService service;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	private MockMvc mvc;

	private DataValue original;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.original = figure().counted();
	}

	@AfterEach
	void restoreTheDemo() {
		// the figure goes back to a counted first submission, as the demo loaded it
		this.values.write(figure(), new Figure(this.original, null), this.original, "test restores the demo");
	}

	@Test
	void the_head_of_agriculture_sees_the_figures_waiting_for_approval() throws Exception {
		this.mvc.perform(get("/approval").with(user(demo("truongphong.nn"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + VEGETABLE_MAY + "\""),
					containsString("Sản lượng rau các loại"), containsString("3.040"), containsString("Tháng 5/2024"),
					containsString("nhaplieu.nn"), not(containsString("INVEST_DISBURSED")))));
	}

	@Test
	void approving_a_checked_figure_approves_it() throws Exception {
		this.mvc.perform(post("/approval").with(csrf()).with(user(demo("truongphong.nn")))
			.param("keys", VEGETABLE_MAY).param("action", "approve"))
			.andExpect(redirectedUrl("/approval"))
			.andExpect(flash().attribute("success", "Đã duyệt 1 số liệu."));
		assertThat(vegetableInMay().status()).isEqualTo(DataValueStatus.APPROVED);
	}

	@Test
	void returning_needs_a_reason_which_the_reporter_then_sees() throws Exception {
		this.mvc.perform(post("/approval").with(csrf()).with(user(demo("truongphong.nn")))
			.param("keys", VEGETABLE_MAY).param("action", "return").param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cần ghi lý do trả lại.")));
		assertThat(vegetableInMay().status()).isEqualTo(DataValueStatus.SUBMITTED);

		this.mvc.perform(post("/approval").with(csrf()).with(user(demo("truongphong.nn")))
			.param("keys", VEGETABLE_MAY).param("action", "return").param("reason", "Kiểm tra lại diện tích gieo trồng"))
			.andExpect(flash().attribute("success", "Đã trả lại 1 số liệu."));
		assertThat(vegetableInMay().status()).isEqualTo(DataValueStatus.RETURNED);
		this.mvc.perform(get("/entry?orgUnit=CD&year=2024").with(user(demo("nhaplieu.nn"))))
			.andExpect(content().string(allOf(containsString("Bị trả lại"),
					containsString("Lý do trả lại: Kiểm tra lại diện tích gieo trồng"))));
	}

	@Test
	void nothing_checked_is_told_and_a_reporter_may_not_approve() throws Exception {
		this.mvc.perform(post("/approval").with(csrf()).with(user(demo("truongphong.nn"))).param("action", "approve"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa chọn số liệu nào.")));
		this.mvc.perform(get("/approval").with(user(demo("nhaplieu.nn")))).andExpect(status().isForbidden());
		this.mvc.perform(post("/approval").with(csrf()).with(user(demo("truongphong.tckh")))
			.param("keys", VEGETABLE_MAY).param("action", "approve"))
			.andExpect(status().isForbidden());
		assertThat(vegetableInMay().status()).isEqualTo(DataValueStatus.SUBMITTED);
	}

	/** The figure's pending version: the revision, else the counted value. */
	private DataValue vegetableInMay() {
		return figure().pending();
	}

	private Figure figure() {
		return this.values.figure(this.catalogue.findByCode("VEGETABLE").orElseThrow().id(),
				this.orgUnits.findByCode("CD").orElseThrow().id(), 2024, 5);
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

}

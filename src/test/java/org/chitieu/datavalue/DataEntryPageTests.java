package org.chitieu.datavalue;

import java.time.Instant;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.StringUtils;
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

/** The entry grid works on figures of its own (the commune Long Trạch in 2024), so demo totals stay as loaded. */
@ChiTieuIntegrationTest
class DataEntryPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	DataValues values;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void a_reporter_sees_the_grid_of_their_departments_indicators_in_vietnamese_numbers() throws Exception {
		this.mvc.perform(get("/entry?orgUnit=CD&year=2024").with(user(demo("nhaplieu.tckh"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"v.INVEST_DISBURSED.5\""),
					containsString("value=\"48,2\""), containsString("Đã duyệt"), containsString("name=\"c.INVEST_DISBURSED.5\""),
					not(containsString("name=\"v.RICE.5\"")), not(containsString("v.INVEST_DISBURSE_RATE")))));
	}

	@Test
	void a_commune_that_merged_in_mid_2025_shows_its_later_months_as_outside_its_life_not_as_locked() throws Exception {
		String page = this.mvc.perform(get("/entry?orgUnit=CD-LONG-TRACH&year=2025").with(user(demo("nhaplieu.tckh"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int indicators = StringUtils.countOccurrencesOf(page, "<tr data-code=");
		assertThat(indicators).isPositive();
		assertThat(StringUtils.countOccurrencesOf(page, "Đơn vị không hoạt động trong tháng này"))
			.as("July to December of each indicator, and no earlier month").isEqualTo(6 * indicators);
	}

	@Test
	void a_draft_is_saved_from_vietnamese_input_and_only_changed_cells_are_sent() throws Exception {
		this.mvc.perform(post("/entry").with(csrf()).with(user(demo("nhaplieu.tckh")))
			.param("orgUnit", "CD-LONG-TRACH").param("year", "2024").param("action", "draft")
			.param("v.SOCIAL_INVEST.1", "1.234,5").param("c.SOCIAL_INVEST.1", "Số liệu ước tính")
			.param("v.SOCIAL_INVEST.2", "")
			.param("v.SOCIAL_INVEST.3", "12.5"))
			.andExpect(redirectedUrl("/entry?orgUnit=CD-LONG-TRACH&year=2024&agency=CD-TCKH"))
			.andExpect(flash().attribute("success", "Đã lưu nháp 2 số liệu."));
		DataValue january = value("SOCIAL_INVEST", "CD-LONG-TRACH", 1);
		assertThat(january.value()).isEqualByComparingTo("1234.5");
		assertThat(january.comment()).isEqualTo("Số liệu ước tính");
		assertThat(january.status()).isEqualTo(DataValueStatus.DRAFT);
		assertThat(value("SOCIAL_INVEST", "CD-LONG-TRACH", 3).value()).isEqualByComparingTo("12.5");

		this.mvc.perform(post("/entry").with(csrf()).with(user(demo("nhaplieu.tckh")))
			.param("orgUnit", "CD-LONG-TRACH").param("year", "2024").param("action", "draft")
			.param("v.SOCIAL_INVEST.1", "1234,5").param("c.SOCIAL_INVEST.1", "Số liệu ước tính")
			.param("v.SOCIAL_INVEST.3", "12,5"))
			.andExpect(flash().attribute("info", "Không có số liệu nào thay đổi."));

		this.mvc.perform(post("/entry").with(csrf()).with(user(demo("nhaplieu.tckh")))
			.param("orgUnit", "CD-LONG-TRACH").param("year", "2024").param("action", "submit")
			.param("v.SOCIAL_INVEST.1", "1234,5").param("c.SOCIAL_INVEST.1", "Số liệu ước tính")
			.param("v.SOCIAL_INVEST.3", "12,5"))
			.andExpect(flash().attribute("success", "Đã gửi duyệt 2 số liệu."));
		assertThat(value("SOCIAL_INVEST", "CD-LONG-TRACH", 1).status()).isEqualTo(DataValueStatus.SUBMITTED);
	}

	@Test
	void an_unreadable_number_is_reported_next_to_its_cell_and_nothing_is_saved() throws Exception {
		this.mvc.perform(post("/entry").with(csrf()).with(user(demo("nhaplieu.tckh")))
			.param("orgUnit", "CD-LONG-TRACH").param("year", "2024").param("action", "submit")
			.param("v.BALANCED_REVENUE.1", "5,5")
			.param("v.BALANCED_REVENUE.2", "năm mươi"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Có ô nhập sai; không có số liệu nào được lưu."),
					containsString("class=\"has-error\""), containsString("value=\"năm mươi\""),
					containsString("Không phải là số."), containsString("value=\"5,5\""))));
		assertThat(find("BALANCED_REVENUE", "CD-LONG-TRACH", 1)).isNull();
	}

	@Test
	void a_locked_month_is_refused_by_the_service_and_shown_next_to_the_cell() throws Exception {
		long unit = this.orgUnits.findByCode("CD-LONG-KHE").orElseThrow().id();
		this.values.lock(unit, 2024, 11, "admin", Instant.now());
		try {
			// closing November closes October too; the inputs of closed months are disabled, a forged post refused
			this.mvc.perform(post("/entry").with(csrf()).with(user(demo("nhaplieu.tckh")))
				.param("orgUnit", "CD-LONG-KHE").param("year", "2024").param("action", "draft")
				.param("v.SOCIAL_INVEST.10", "3")
				.param("v.SOCIAL_INVEST.12", "4"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(
						containsString("Tháng 2024-10 của đơn vị CD-LONG-KHE đã khóa sổ: không nhập, sửa, xóa hay duyệt"),
						containsString("Đã khóa sổ"),
						containsString("name=\"v.SOCIAL_INVEST.10\" value=\"3\""),
						containsString("disabled=\"disabled\""))));
			assertThat(find("SOCIAL_INVEST", "CD-LONG-KHE", 10)).isNull();
			assertThat(this.values.figure(this.catalogue.findByCode("SOCIAL_INVEST").orElseThrow().id(), unit, 2024, 12))
				.isEqualTo(Figure.NONE);
		}
		finally {
			this.values.unlock(unit, 2024, 11, "test done", "admin", Instant.now());
		}
	}

	@Test
	void people_who_do_not_enter_data_get_the_403_page() throws Exception {
		this.mvc.perform(get("/entry").with(user(demo("lanhdao"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/entry?orgUnit=TN-LONG-CANG&year=2025").with(user(demo("nhaplieu.tckh"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_admin_picks_the_department() throws Exception {
		this.mvc.perform(get("/entry?agency=CD-NN&orgUnit=CD-LONG-CANG&year=2024").with(user(demo("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"v.RICE.5\""), containsString("Chờ duyệt"))));
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

	/** The figure's pending version: its revision, else its counted value. */
	private DataValue value(String indicator, String unit, int month) {
		DataValue value = this.values.figure(this.catalogue.findByCode(indicator).orElseThrow().id(),
				this.orgUnits.findByCode(unit).orElseThrow().id(), 2024, month).pending();
		assertThat(value).as(indicator + " at " + unit + " in month " + month).isNotNull();
		return value;
	}

	private DataValue find(String indicator, String unit, int month) {
		return this.values.find(this.catalogue.findByCode(indicator).orElseThrow().id(),
				this.orgUnits.findByCode(unit).orElseThrow().id(), 2024, month).orElse(null);
	}

}

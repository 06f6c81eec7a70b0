package org.chitieu.report;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "Báo cáo tháng" page: preview, downloads, and the office's settings form. */
@ChiTieuIntegrationTest
class ReportPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	ReportSettingsStore store;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void a_leader_previews_the_report_and_downloads_it_but_does_not_see_the_settings() throws Exception {
		this.mvc.perform(get("/reports?orgUnit=CD&period=2024-05").with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Báo cáo tháng 5 năm 2024 – Huyện Cần Đước"),
					containsString("format=docx"), containsString("format=xlsx"), containsString("format=pdf"),
					containsString("<iframe"), not(containsString("Thiết lập báo cáo")))));
		byte[] word = this.mvc.perform(get("/reports/file?orgUnit=CD&period=2024-05&format=docx")
			.with(user(demo("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("22/24", "tăng 9.087 tấn");
		}
	}

	@Test
	void the_office_changes_the_report_number_and_a_blank_place_is_refused_next_to_its_field() throws Exception {
		YearMonth june = YearMonth.of(2024, 6);
		this.mvc.perform(post("/reports/settings?orgUnit=CD&period=2024-06").with(user(demo("vanphong"))).with(csrf())
			.param("placeName", " ")
			.param("signer", "CHAIRMAN")
			.param("periodConvention", "DECREE_09")
			.param("reportDate", "2024-06-20"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("errors"));
		assertThat(this.store.find(unit("CD"), june).number()).isNotEqualTo("06/BC-UBND");

		this.mvc.perform(post("/reports/settings?orgUnit=CD&period=2024-06").with(user(demo("vanphong"))).with(csrf())
			.param("number", "06/BC-UBND")
			.param("placeName", "Cần Đước")
			.param("signer", "VICE_CHAIRMAN")
			.param("signerName", "")
			.param("periodConvention", "DECREE_09")
			.param("reportDate", "2024-06-20")
			.param("recipients", "UBND tỉnh Long An\n\nLưu: VT")
			.param("tasks", "Đẩy nhanh giải ngân vốn đầu tư công"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", true));
		ReportSettings saved = this.store.find(unit("CD"), june);
		assertThat(saved.number()).isEqualTo("06/BC-UBND");
		assertThat(saved.signer()).isEqualTo(Signer.VICE_CHAIRMAN);
		assertThat(saved.recipients()).containsExactly("UBND tỉnh Long An", "Lưu: VT");
	}

	@Test
	void the_office_closes_the_month_from_the_report_page_and_reopens_it() throws Exception {
		this.mvc.perform(post("/reports/lock?orgUnit=CD&period=2024-10").with(user(demo("vanphong"))).with(csrf())
			.param("action", "lock"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/reports?orgUnit=CD&period=2024-10").with(user(demo("vanphong"))))
			.andExpect(content().string(allOf(containsString("Đã khóa sổ bởi vanphong"),
					containsString("Mở lại để sửa số liệu"))));
		this.mvc.perform(post("/reports/lock?orgUnit=CD&period=2024-10").with(user(demo("vanphong"))).with(csrf())
			.param("action", "unlock").param("reason", "Sửa số liệu sau khi khóa sổ"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/reports?orgUnit=CD&period=2024-10").with(user(demo("lanhdao"))))
			.andExpect(content().string(allOf(containsString("Tháng này đang mở"),
					not(containsString("Khóa sổ tháng này")), containsString("Lý do: Sửa số liệu sau khi khóa sổ"))));
	}

	@Test
	void a_reporter_cannot_change_the_settings() throws Exception {
		this.mvc.perform(post("/reports/settings?orgUnit=CD&period=2024-07").with(user(demo("nhaplieu.nn"))).with(csrf())
			.param("number", "99/BC-UBND")
			.param("placeName", "Cần Đước")
			.param("signer", "CHAIRMAN")
			.param("periodConvention", "DECREE_09")
			.param("reportDate", "2024-07-20"))
			.andExpect(status().isForbidden());
		assertThat(this.store.find(unit("CD"), YearMonth.of(2024, 7)).number()).isNotEqualTo("99/BC-UBND");
	}

	private OrgUnit unit(String code) {
		return this.orgUnits.findByCode(code).orElseThrow();
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

}

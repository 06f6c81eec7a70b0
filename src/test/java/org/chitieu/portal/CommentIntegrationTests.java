package org.chitieu.portal;

import java.text.Normalizer;
import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guest's comment through the public form: the 500-letter limit counted as a person counts,
 * hostile text kept harmless, the rate limit, the honeypot, duplicates and the CSRF token.
 */
@ChiTieuIntegrationTest
class CommentIntegrationTests {

	/** "ế": e, circumflex, acute; three code points decomposed, one composed. */
	private static final String E_CIRCUMFLEX_ACUTE = "ế";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Publications publications;

	@Autowired
	Comments comments;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	private String slug;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.slug = PortalFixtures.published(this.publications, this.users, "Bài để góp ý");
	}

	@Test
	void a_comment_of_500_letters_with_diacritics_is_accepted_and_one_of_501_refused() throws Exception {
		String accepted = "Nước.".repeat(100);
		assertThat(accepted.codePointCount(0, accepted.length())).isEqualTo(500);
		comment(PortalFixtures.client(), "Chị Mai", accepted).andExpect(status().isOk())
			.andExpect(content().string(containsString("chờ duyệt")));
		comment(PortalFixtures.client(), "Chị Mai", accepted + "ạ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("dài 501 ký tự, quá giới hạn 500 ký tự")));
		assertThat(stored()).containsExactly(accepted);
	}

	@Test
	void decomposed_input_is_counted_as_the_composed_letters_a_person_sees() throws Exception {
		String decomposedLetter = Normalizer.normalize(E_CIRCUMFLEX_ACUTE, Normalizer.Form.NFD);
		assertThat(decomposedLetter.codePointCount(0, decomposedLetter.length())).isEqualTo(3);
		String text = decomposedLetter.repeat(500);
		assertThat(text.length()).isEqualTo(1500);
		comment(PortalFixtures.client(), "", text).andExpect(status().isOk());
		comment(PortalFixtures.client(), "", text + decomposedLetter).andExpect(status().isBadRequest());
		assertThat(stored()).containsExactly(E_CIRCUMFLEX_ACUTE.repeat(500));
	}

	@Test
	void hostile_text_is_stored_as_typed_and_shown_as_inert_text() throws Exception {
		String[] payloads = { "<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
				"<a href=\"javascript:alert(1)\">bấm</a>", "Xem http://lừa-đảo.example/nhan-qua để nhận quà",
				"\"><svg onload=alert(1)>", "[[${T(java.lang.Runtime).getRuntime()}]]" };
		for (String payload : payloads) {
			comment(PortalFixtures.client(), "<b>Kẻ xấu</b>", payload).andExpect(status().isOk());
		}
		assertThat(stored()).containsExactlyInAnyOrder(payloads);
		approveAll();

		String html = this.mvc.perform(get("/public/articles/{slug}/comments", this.slug).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Ý kiến (6)")
			.doesNotContain("<script>alert", "<img src=x", "<svg", "href=\"javascript", "href=\"http://lừa", "<b>Kẻ xấu")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;Kẻ xấu&lt;/b&gt;",
					"Xem http://lừa-đảo.example/nhan-qua để nhận quà", "[[${T(java.lang.Runtime).getRuntime()}]]");
	}

	@Test
	void the_sixth_comment_in_ten_minutes_from_one_client_is_refused() throws Exception {
		String client = PortalFixtures.client();
		for (int i = 1; i <= 5; i++) {
			comment(client, "Anh Tư", "Ý kiến số " + i).andExpect(status().isOk());
		}
		comment(client, "Anh Tư", "Ý kiến số 6").andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("mỗi máy chỉ gửi được 5 ý kiến trong 10 phút")));
		comment(PortalFixtures.client(), "Chị Năm", "Ý kiến số 6").andExpect(status().isOk());
		assertThat(stored()).hasSize(6);
	}

	@Test
	void a_filled_honeypot_is_refused_and_nothing_is_stored() throws Exception {
		this.mvc
			.perform(post("/public/articles/{slug}/comments", this.slug).with(csrf())
				.with(from(PortalFixtures.client()))
				.header("HX-Request", "true")
				.param("name", "Robot")
				.param("text", "Mua ngay")
				.param("website", "http://spam.example"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ô ẩn dành để chặn phần mềm tự động đã bị điền")));
		assertThat(stored()).isEmpty();
	}

	@Test
	void the_same_text_from_the_same_client_is_refused_within_the_window() throws Exception {
		String client = PortalFixtures.client();
		comment(client, "Bác Ba", "Đề nghị sửa cầu Rạch Kiến").andExpect(status().isOk());
		comment(client, "Bác Ba", "  Đề nghị sửa cầu Rạch Kiến ").andExpect(status().isConflict())
			.andExpect(content().string(containsString("bạn đã gửi đúng nội dung này trong 10 phút vừa qua")));
		comment(PortalFixtures.client(), "Cô Sáu", "Đề nghị sửa cầu Rạch Kiến").andExpect(status().isOk());
		assertThat(stored()).hasSize(2);
	}

	@Test
	void a_comment_without_the_form_token_is_refused() throws Exception {
		this.mvc
			.perform(post("/public/articles/{slug}/comments", this.slug).with(from(PortalFixtures.client()))
				.param("text", "Không có mã CSRF"))
			.andExpect(status().isForbidden());
		assertThat(stored()).isEmpty();
	}

	@Test
	void refusals_are_told_in_english_to_an_english_reader() throws Exception {
		this.mvc
			.perform(post("/public/articles/{slug}/comments", this.slug).with(csrf())
				.with(from(PortalFixtures.client()))
				.param("lang", "en")
				.param("text", "a".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("it has 501 characters, more than the limit of 500")));
	}

	@Test
	void with_moderation_off_a_comment_is_shown_at_once() throws Exception {
		this.comments.setModeration(PortalFixtures.office(this.users), false);
		try {
			comment(PortalFixtures.client(), "Chú Bảy", "Cảm ơn huyện").andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Ý kiến đã được đăng"), containsString("Ý kiến (1)"),
						not(containsString("chờ duyệt")))));
		}
		finally {
			this.comments.setModeration(PortalFixtures.office(this.users), true);
		}
	}

	private ResultActions comment(String client, String name, String text) throws Exception {
		return this.mvc.perform(post("/public/articles/{slug}/comments", this.slug).with(csrf())
			.with(from(client))
			.header("HX-Request", "true")
			.param("name", name)
			.param("email", "")
			.param("text", text)
			.param("website", ""));
	}

	private static RequestPostProcessor from(String client) {
		return request -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

	private List<String> stored() {
		return this.jdbc.sql("""
				select c.body from portal_comment c join portal_item i on i.id = c.item_id where i.slug = ? order by c.id
				""").param(this.slug).query(String.class).list();
	}

	private void approveAll() {
		this.jdbc.sql("select c.id from portal_comment c join portal_item i on i.id = c.item_id where i.slug = ?")
			.param(this.slug)
			.query(Long.class)
			.list()
			.forEach(id -> this.comments.moderate(PortalFixtures.office(this.users), id, CommentStatus.APPROVED));
	}

}

package org.chitieu.portal;

import java.util.UUID;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office of province TN may not touch what Cần Đước's office publishes: withdraw, publish, moderate,
 * reply, or read its comment queue with the authors' e-mails. Each is 403 and nothing is written.
 */
@ChiTieuIntegrationTest
class PortalScopeIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Publications publications;

	@Autowired
	Comments comments;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	private ChiTieuUser tnOffice;

	private String email;

	@BeforeEach
	void tnOfficeAndACanDuocComment() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		String username = "vanphong.tn-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.create(username, this.passwordEncoder.encode("Tay-Ninh-office-1"), "Văn phòng tỉnh", Role.OFFICE, "TN",
				null);
		this.tnOffice = this.users.findByUsername(username).orElseThrow();
		this.email = "nguoidan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
	}

	@Test
	void a_tn_office_user_cannot_withdraw_or_publish_can_duocs_items() throws Exception {
		String slug = PortalFixtures.published(this.publications, this.users, "Phạm vi");
		long published = id(slug);
		long draft = PortalFixtures.draft(this.publications, this.users, "Bản nháp phạm vi");
		this.mvc.perform(post("/portal/admin/{id}/withdraw", published).with(user(this.tnOffice)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/portal/admin/{id}/publish", draft).with(user(this.tnOffice)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/portal/admin/{id}", draft).with(user(this.tnOffice))).andExpect(status().isForbidden());
		assertThat(itemStatus(published)).isEqualTo("PUBLISHED");
		assertThat(itemStatus(draft)).isEqualTo("DRAFT");
	}

	@Test
	void a_tn_office_user_cannot_moderate_reply_or_read_the_queue_with_emails() throws Exception {
		String slug = PortalFixtures.published(this.publications, this.users, "Ý kiến phạm vi");
		long comment = this.comments
			.submit(slug, new CommentSubmission("Bà Tư", this.email, "Đề nghị làm đường", ""), PortalFixtures.client())
			.id();
		this.mvc.perform(post("/portal/admin/comments/{id}/moderate", comment).with(user(this.tnOffice)).with(csrf())
			.param("status", "APPROVED")).andExpect(status().isForbidden());
		this.mvc.perform(post("/portal/admin/comments/{id}/reply", comment).with(user(this.tnOffice)).with(csrf())
			.param("reply", "Trả lời")).andExpect(status().isForbidden());
		this.mvc.perform(get("/portal/admin/comments").with(user(this.tnOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.email))));
		this.mvc.perform(get("/portal/admin/comments").with(user(PortalFixtures.office(this.users))))
			.andExpect(content().string(containsString(this.email)));
		assertThat(this.jdbc.sql("select status || coalesce(reply, '') from portal_comment where id = ?")
			.param(comment)
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	@Test
	void a_tn_office_user_cannot_write_a_report_for_can_duoc() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.publications.create(this.tnOffice,
					new ArticleDraft("Báo cáo CD " + UUID.randomUUID(), java.time.LocalDate.of(2024, 5, 24), "", "", "CD",
							"2024-04"),
					null))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	private long id(String slug) {
		return this.jdbc.sql("select id from portal_item where slug = ?").param(slug).query(Long.class).single();
	}

	private String itemStatus(long id) {
		return this.jdbc.sql("select status from portal_item where id = ?").param(id).query(String.class).single();
	}

}

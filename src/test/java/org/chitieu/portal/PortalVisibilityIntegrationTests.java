package org.chitieu.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValue;
import org.chitieu.datavalue.DataValueRow;
import org.chitieu.datavalue.DataValueService;
import org.chitieu.datavalue.DataValues;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.progress.query.IndicatorProgress;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.security.Users;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing but published items and approved comments reaches the public, through pages or the API;
 * a published report keeps the figures it was published with.
 */
@ChiTieuIntegrationTest
class PortalVisibilityIntegrationTests {

	/** The smallest PNG: one transparent pixel. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	/** Computed from INVEST_DISBURSED, which the test changes after publication. */
	private static final String RATE = "INVEST_DISBURSE_RATE";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Publications publications;

	@Autowired
	Comments comments;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgressService progress;

	@Autowired
	DataValues dataValues;

	@Autowired
	DataValueService dataValueService;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	WebApplicationContext context;

	@Test
	void a_draft_is_reachable_by_no_page_and_no_api() {
		long id = PortalFixtures.draft(this.publications, this.users, "Bản nháp bí mật");
		String slug = this.publications.slug(id);
		assertNowhere(slug);
	}

	@Test
	void a_withdrawn_item_disappears_and_comes_back_at_the_same_address() {
		String slug = PortalFixtures.published(this.publications, this.users, "Tin sẽ gỡ");
		long id = idOf(slug);
		assertThat(this.rest.getForEntity("/public/articles/" + slug, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.rest.getForObject("/public", String.class)).contains(slug);

		this.publications.withdraw(PortalFixtures.office(this.users), id);
		assertNowhere(slug);

		this.publications.publish(PortalFixtures.office(this.users), id);
		assertThat(this.publications.slug(id)).isEqualTo(slug);
		assertThat(this.rest.getForEntity("/public/articles/" + slug, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void pending_rejected_and_spam_comments_are_never_shown_nor_counted_and_no_email_ever() {
		String slug = PortalFixtures.published(this.publications, this.users, "Tin có ý kiến");
		CommentReceipt approved = this.comments.submit(slug,
				new CommentSubmission("Anh Hai", "anhhai@example.vn", "Ý kiến đã duyệt", null), PortalFixtures.client());
		CommentReceipt rejected = this.comments.submit(slug,
				new CommentSubmission("", "", "Ý kiến bị từ chối", null), PortalFixtures.client());
		CommentReceipt spam = this.comments.submit(slug,
				new CommentSubmission("", "", "Quảng cáo rác", null), PortalFixtures.client());
		this.comments.submit(slug, new CommentSubmission("", "", "Ý kiến đang chờ", null), PortalFixtures.client());
		this.comments.moderate(PortalFixtures.office(this.users), approved.id(), CommentStatus.APPROVED);
		this.comments.moderate(PortalFixtures.office(this.users), rejected.id(), CommentStatus.REJECTED);
		this.comments.moderate(PortalFixtures.office(this.users), spam.id(), CommentStatus.SPAM);

		String fragment = this.rest.getForObject("/public/articles/" + slug + "/comments", String.class);
		String page = this.rest.getForObject("/public/articles/" + slug, String.class);
		String api = this.rest.getForObject("/api/v1/public/articles/" + slug, String.class);
		assertThat(fragment).contains("Ý kiến (1)", "Ý kiến đã duyệt", "Anh Hai")
			.doesNotContain("bị từ chối", "Quảng cáo rác", "đang chờ", "anhhai@example.vn");
		assertThat(page).contains("Ý kiến (1)").doesNotContain("anhhai@example.vn");
		assertThat(api).contains("\"comments\":1").doesNotContain("anhhai@example.vn", "Ý kiến đang chờ");
	}

	@Test
	void the_public_api_answers_without_sign_in_for_published_items_only() {
		String slug = PortalFixtures.published(this.publications, this.users, "Tin cho API");
		ResponseEntity<List> list = this.rest.getForEntity("/api/v1/public/articles", List.class);
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(list.getBody().toString()).contains(slug).doesNotContain("Kế hoạch tổ chức Ngày hội chuyển đổi số");
		assertThat(this.rest.getForEntity("/api/v1/public/articles/" + slug, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(this.rest.getForEntity("/api/v1/progress?orgUnit=CD&period=2024-05", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void public_pages_are_cacheable_and_open_no_session() {
		String slug = PortalFixtures.published(this.publications, this.users, "Tin để đo");
		for (String path : List.of("/public", "/public/articles/" + slug, "/public/indicators")) {
			ResponseEntity<String> page = this.rest.getForEntity(path, String.class);
			assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
			assertThat(page.getHeaders().getCacheControl()).as(path).contains("public").contains("max-age=60");
			assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).as(path).isNull();
			assertThat(page.getBody()).as(path).contains("<html lang=\"vi\">");
			ResponseEntity<String> again = this.rest.getForEntity(path, String.class);
			assertThat(again.getBody()).as(path).isEqualTo(page.getBody());
			assertThat(again.getHeaders().getCacheControl()).as(path).isEqualTo(page.getHeaders().getCacheControl());
			assertThat(again.getHeaders().getContentLanguage()).as(path).isEqualTo(page.getHeaders().getContentLanguage());
			// a page served from the cache (over HTTP: by the valve, before any filter) keeps the security headers:
			// no other site may frame it, no inline script, no referrer beyond the origin
			assertThat(again.getHeaders().getFirst("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
			for (String header : List.of("Content-Security-Policy", "Referrer-Policy", "Permissions-Policy",
					"X-Content-Type-Options")) {
				assertThat(page.getHeaders().getFirst(header)).as(path + " " + header).isNotBlank();
				assertThat(again.getHeaders().get(header)).as(path + " " + header).isEqualTo(page.getHeaders().get(header));
			}
		}
	}

	@Test
	void the_demo_report_is_public_with_its_may_figures_its_files_and_moderated_comments() {
		String page = this.rest.getForObject("/public", String.class);
		assertThat(page).contains("22/24", "chỉ tiêu đạt kế hoạch tiến độ",
				"UBND Cần Đước: Những nội dung trọng tâm cần tập trung thực hiện năm 2024")
			.doesNotContain("Kế hoạch tổ chức Ngày hội chuyển đổi số", "Đào Hữu Tấn");
		String slug = "ubnd-can-duoc-nhung-noi-dung-trong-tam-can-tap-trung-thuc-hien-nam-2024";
		String article = this.rest.getForObject("/public/articles/" + slug, String.class);
		assertThat(article).contains("ngày 24 tháng 5 năm 2024", "Ý kiến (3)", "Đang tải dữ liệu", "hx-trigger=\"load\"",
				"Quyền Chủ tịch UBND huyện", "+9.087").doesNotContain("Đào Hữu Tấn");
		String comments = this.rest.getForObject("/public/articles/" + slug + "/comments", String.class);
		assertThat(comments).contains("Trả lời của Ủy ban nhân dân", "0</span> / <span>500</span>")
			.doesNotContain("vay-nhanh", "công khai tiến độ giải ngân");
		ResponseEntity<byte[]> pdf = this.rest.getForEntity("/public/articles/" + slug + "/files/pdf", byte[].class);
		assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
		ResponseEntity<byte[]> docx = this.rest.getForEntity("/public/articles/" + slug + "/files/docx", byte[].class);
		assertThat(new String(docx.getBody(), 0, 2)).isEqualTo("PK");
	}

	@Test
	void a_published_report_keeps_the_figures_it_was_published_with() {
		OrgUnit cd = this.orgUnits.findByCode("CD").orElseThrow();
		YearMonth april = YearMonth.of(2024, 4);
		long indicatorId = this.catalogue.findByCode("INVEST_DISBURSED").orElseThrow().id();
		DataValue original = this.dataValues.find(indicatorId, cd.id(), 2024, 4).orElseThrow();
		BigDecimal published = actual(this.progress.report(cd, april).indicators());
		long id = this.publications.create(PortalFixtures.office(this.users),
				new ArticleDraft("Báo cáo tháng 4 để thử ảnh chụp số liệu " + System.nanoTime(), LocalDate.of(2024, 4, 25),
						"Tóm tắt", "<p>Nội dung</p>", "CD", "2024-04"),
				null);
		this.publications.publish(PortalFixtures.office(this.users), id);
		String slug = this.publications.slug(id);
		try {
			this.dataValueService.post(this.users.findByUsername("admin").orElseThrow(), List.of(new DataValueRow(
					"INVEST_DISBURSED", "CD", "2024-04", original.value().add(BigDecimal.valueOf(1000)), "sửa sau khi đăng")));
			assertThat(actual(this.progress.report(cd, april).indicators())).isNotEqualByComparingTo(published);

			Map<?, ?> detail = this.rest.getForObject("/api/v1/public/articles/" + slug, Map.class);
			Map<?, ?> figure = ((List<Map<?, ?>>) detail.get("indicators")).stream()
				.filter(row -> RATE.equals(row.get("code")))
				.findFirst()
				.orElseThrow();
			assertThat(new BigDecimal(figure.get("actual").toString())).isEqualByComparingTo(published);
			assertThat(this.rest.getForObject("/public/indicators?orgUnit=CD&period=2024-04", String.class))
				.contains("Huyện Cần Đước", "tháng 4/2024");
		}
		finally {
			this.dataValueService.post(this.users.findByUsername("admin").orElseThrow(),
					List.of(new DataValueRow("INVEST_DISBURSED", "CD", "2024-04", original.value(), original.comment())));
			this.publications.withdraw(PortalFixtures.office(this.users), id);
		}
	}

	@Test
	void an_article_body_keeps_its_formatting_and_loses_its_scripts() {
		long id = this.publications.create(PortalFixtures.office(this.users), ArticleDraft.article("Tin có mã độc " + System.nanoTime(),
				LocalDate.of(2024, 6, 2), "",
				"<p onclick=\"steal()\">Đoạn <strong>đậm</strong> <a href=\"javascript:alert(1)\">xấu</a> "
						+ "<a href=\"https://longan.gov.vn\">tốt</a></p><script>alert(1)</script><iframe src=\"//x\"></iframe>"
						+ "<img src=x onerror=alert(1)><style>body{display:none}</style>"),
				null);
		String body = this.publications.find(id).bodyHtml();
		assertThat(body).contains("<p>Đoạn <strong>đậm</strong>", "href=\"https://longan.gov.vn\"", "rel=\"nofollow")
			.doesNotContain("onclick", "javascript:", "<script", "<iframe", "onerror", "<img", "<style");
	}

	@Test
	void an_image_is_taken_by_its_bytes_and_anything_but_jpeg_png_or_webp_refused() {
		var office = PortalFixtures.office(this.users);
		ArticleDraft draft = ArticleDraft.article("Tin có ảnh " + System.nanoTime(), LocalDate.of(2024, 6, 3), "", "");
		assertThatThrownBy(() -> this.publications.create(office, draft,
				new ImageUpload("<svg onload=\"alert(1)\"/>".getBytes())))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.publications.create(office, draft,
				new ImageUpload(new byte[Publications.MAX_IMAGE_BYTES + 1])))
			.isInstanceOf(InvalidInputException.class);
		long id = this.publications.create(office, draft, new ImageUpload(PNG));
		String slug = this.publications.slug(id);
		assertThat(this.rest.getForEntity("/public/articles/" + slug + "/image", byte[].class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		this.publications.publish(office, id);
		ResponseEntity<byte[]> image = this.rest.getForEntity("/public/articles/" + slug + "/image", byte[].class);
		assertThat(image.getHeaders().getContentType().toString()).isEqualTo("image/png");
		assertThat(image.getBody()).isEqualTo(PNG);
	}

	@Test
	void only_the_office_and_the_administrator_publish() throws Exception {
		var reporter = this.users.findByUsername("nhaplieu.tckh").orElseThrow();
		assertThatThrownBy(() -> this.publications.create(reporter,
				ArticleDraft.article("Không được đăng", LocalDate.of(2024, 6, 4), "", ""), null))
			.isInstanceOf(AccessDeniedException.class);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		mvc.perform(get("/portal/admin").with(user(reporter))).andExpect(status().isForbidden());
		mvc.perform(get("/portal/admin").with(user(PortalFixtures.office(this.users)))).andExpect(status().isOk());
	}

	private void assertNowhere(String slug) {
		for (String path : List.of("/public/articles/" + slug, "/public/articles/" + slug + "/comments",
				"/public/articles/" + slug + "/image", "/public/articles/" + slug + "/files/pdf",
				"/api/v1/public/articles/" + slug)) {
			assertThat(this.rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(this.rest.getForObject("/public", String.class)).doesNotContain(slug);
		assertThat(this.rest.getForObject("/public/indicators", String.class)).doesNotContain(slug);
		assertThat(this.rest.getForObject("/api/v1/public/articles", String.class)).doesNotContain(slug);
		assertThatThrownBy(() -> this.comments.submit(slug, new CommentSubmission("", "", "Xin chào", null),
				PortalFixtures.client())).isInstanceOf(NotFoundException.class);
	}

	private static BigDecimal actual(List<IndicatorProgress> indicators) {
		return indicators.stream().filter(i -> i.code().equals(RATE)).findFirst().orElseThrow().actual();
	}

	private long idOf(String slug) {
		return this.jdbc.sql("select id from portal_item where slug = ?").param(slug).query(Long.class).single();
	}

}

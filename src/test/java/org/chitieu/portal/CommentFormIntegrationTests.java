package org.chitieu.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.Users;
import org.chitieu.web.ProductionCsrf;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A first-time visitor gets the whole comment form, however many comments the article has. */
@ChiTieuIntegrationTest
class CommentFormIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Publications publications;

	@Autowired
	Comments comments;

	@Autowired
	Users users;

	@Autowired
	WebApplicationContext context;

	@Test
	void with_forty_comments_a_first_time_visitor_still_gets_the_form_and_its_token() throws Exception {
		ProductionCsrf.restore(this.context);
		String slug = PortalFixtures.published(this.publications, this.users, "Nhiều ý kiến");
		for (int i = 1; i <= 40; i++) {
			long id = this.comments
				.submit(slug, new CommentSubmission("Người dân " + i, "", "Ý kiến thứ " + i + " về dự án đường huyện, "
						+ "đề nghị Ủy ban nhân dân huyện xem xét sớm triển khai.", ""), PortalFixtures.client())
				.id();
			this.comments.moderate(PortalFixtures.office(this.users), id, CommentStatus.APPROVED);
		}
		for (boolean htmx : new boolean[] { true, false }) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/public/articles/" + slug + "/comments"));
			if (htmx) {
				request.header("HX-Request", "true");
			}
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Ý kiến thứ 40").contains("class=\"comment-form\"").contains("name=\"_csrf\"")
				.contains("</form>");
			assertThat(page.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="))
				.noneMatch(cookie -> cookie.startsWith("SESSION="));
		}
	}

}

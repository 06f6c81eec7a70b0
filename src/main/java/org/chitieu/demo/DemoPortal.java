package org.chitieu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.chitieu.portal.ArticleDraft;
import org.chitieu.portal.CommentStatus;
import org.chitieu.portal.CommentSubmission;
import org.chitieu.portal.Comments;
import org.chitieu.portal.Publications;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The portal of the demo ({@code demo/portal.json}): the May 2024 report published on 24/5/2024 with
 * the May figures as they stood, citizens' comments (moderated, one answered by the committee, one
 * still waiting) and a draft that is never public.
 */
@Component
class DemoPortal {

	private final Publications publications;

	private final Comments comments;

	private final Users users;

	private final JsonMapper json;

	DemoPortal(Publications publications, Comments comments, Users users, JsonMapper json) {
		this.publications = publications;
		this.comments = comments;
		this.users = users;
		this.json = json;
	}

	void load() {
		PortalData data;
		try (InputStream input = new ClassPathResource("demo/portal.json").getInputStream()) {
			data = this.json.readValue(input, PortalData.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("demo resource missing: demo/portal.json", ex);
		}
		ChiTieuUser office = this.users.findByUsername("vanphong")
			.orElseThrow(() -> new IllegalStateException("demo needs the user vanphong"));
		Item report = data.report();
		long id = this.publications.create(office, new ArticleDraft(report.title(), report.date(), report.summary(),
				report.body(), report.orgUnit(), report.period()), null);
		this.publications.publish(office, id, report.publishedAt().toInstant());
		String slug = this.publications.slug(id);
		int client = 0;
		for (DemoComment comment : data.comments()) {
			// each from its own (documentation) address, so the rate limit and duplicate check let them through
			long commentId = this.comments
				.submit(slug, new CommentSubmission(comment.name(), comment.email(), comment.text(), null),
						"192.0.2." + ++client, comment.at().toInstant())
				.id();
			if (comment.reply() != null) {
				this.comments.reply(office, commentId, comment.reply());
			}
			else if (comment.status() != CommentStatus.PENDING) {
				this.comments.moderate(office, commentId, comment.status());
			}
		}
		Item draft = data.draft();
		this.publications.create(office, ArticleDraft.article(draft.title(), draft.date(), draft.summary(), draft.body()),
				null);
	}

	private record PortalData(Item report, List<DemoComment> comments, Item draft) {
	}

	private record Item(String title, LocalDate date, OffsetDateTime publishedAt, String orgUnit, String period,
			String summary, String body) {
	}

	private record DemoComment(String name, String email, String text, OffsetDateTime at, CommentStatus status,
			String reply) {
	}

}

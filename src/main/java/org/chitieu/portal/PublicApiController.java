package org.chitieu.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.chitieu.progress.query.ProgressReport;
import org.chitieu.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/public/articles}: what the portal has published, without sign-in; nothing else. */
@RestController
class PublicApiController {

	private final PublicPortal portal;

	PublicApiController(PublicPortal portal) {
		this.portal = portal;
	}

	@GetMapping("/api/v1/public/articles")
	ResponseEntity<List<ArticleSummary>> articles() {
		return ResponseEntity.ok()
			.cacheControl(PublicController.PAGE_CACHE)
			.body(this.portal.latest().stream().map(PublicApiController::summary).toList());
	}

	@GetMapping("/api/v1/public/articles/{slug}")
	ResponseEntity<ArticleDetail> article(@PathVariable String slug) {
		PublicArticle article = this.portal.article(slug).orElseThrow(() -> new NotFoundException("portal.notFound", slug));
		ProgressReport snapshot = article.snapshot();
		return ResponseEntity.ok()
			.cacheControl(PublicController.PAGE_CACHE)
			.body(new ArticleDetail(summary(article), article.bodyHtml(),
					snapshot == null ? null : snapshot.summary(), snapshot == null ? List.of() : snapshot.indicators().stream()
						.map(i -> new Figure(i.code(), i.name(), i.unit(), i.target(), i.actual(), i.status().name(),
								i.percentOfPlan()))
						.toList(),
					article.files().stream().map(file -> url(article) + "/files/" + file.format()).toList()));
	}

	private static ArticleSummary summary(PublicArticle article) {
		return new ArticleSummary(article.slug(), article.kind().name(), article.title(), article.date(),
				article.summary(), url(article), article.commentCount());
	}

	private static String url(PublicArticle article) {
		return "/public/articles/" + article.slug();
	}

	record ArticleSummary(String slug, String kind, String title, LocalDate date, String summary, String url,
			int comments) {
	}

	/** A report's figures as published: the snapshot, never today's data. */
	record ArticleDetail(ArticleSummary article, String bodyHtml, ProgressReport.Summary headline,
			List<Figure> indicators, List<String> files) {
	}

	record Figure(String code, String name, String unit, BigDecimal target, BigDecimal actual,
			String status, BigDecimal percentOfPlan) {
	}

}

package org.chitieu.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The public side's reads: published items only, through the in-memory cache. */
@Service
class PublicPortal {

	static final int HOME_ITEMS = 10;

	private final PortalItems items;

	private final CommentStore comments;

	private final Publications publications;

	private final PublicCache cache;

	PublicPortal(PortalItems items, CommentStore comments, Publications publications, PublicCache cache) {
		this.items = items;
		this.comments = comments;
		this.publications = publications;
		this.cache = cache;
	}

	Optional<PublicArticle> article(String slug) {
		return this.cache.get("article:" + slug, () -> this.items.findPublished(slug).map(this::view));
	}

	List<PublicArticle> latest() {
		return this.cache.<List<PublicArticle>>get("latest",
				() -> Optional.of(this.items.findPublished(HOME_ITEMS).stream().map(this::view).toList()))
			.orElseThrow();
	}

	/** The latest published report: its headline is the portal's ("22/24 chỉ tiêu đạt kế hoạch tiến độ"). */
	Optional<PublicArticle> headline() {
		return this.cache.get("headline", () -> this.items.findLatestPublishedReport().map(this::view));
	}

	Optional<PublicArticle> report(String orgUnit, String period) {
		return this.cache.get("report:" + orgUnit + ":" + period,
				() -> this.items.findPublishedReport(orgUnit, period).map(this::view));
	}

	/** Every published report, newest period first, for the indicator page's choice of period. */
	List<PublicArticle> reports() {
		return this.cache.<List<PublicArticle>>get("reports",
				() -> Optional.of(this.items.findPublished(1000)
					.stream()
					.filter(item -> item.kind() == ItemKind.REPORT)
					.map(this::view)
					.toList()))
			.orElseThrow();
	}

	private PublicArticle view(PortalItem item) {
		return new PublicArticle(item.slug(), item.kind(), item.title(), item.date(), item.publishedAt(), item.summary(),
				item.bodyHtml(), item.imageType() != null, this.publications.snapshot(item), this.items.files(item.id()),
				this.comments.countVisible(item.id()));
	}

}

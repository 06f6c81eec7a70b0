package org.chitieu.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chitieu.progress.query.ProgressReport;

/**
 * A published item as its public page shows it: the sanitised body, the report's snapshot (null for
 * an article), its files and the number of approved comments.
 */
record PublicArticle(String slug, ItemKind kind, String title, LocalDate date, Instant publishedAt, String summary,
		String bodyHtml, boolean hasImage, ProgressReport snapshot, List<PortalItems.FileInfo> files,
		int commentCount) {
}

package org.chitieu.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored item without its image and files; {@code snapshot} is the report's figures as JSON.
 * {@code scopeUnitId} is the unit whose office may publish it: a report's unit, else its author's
 * (null for an administrator's article, which only administrators touch).
 */
record PortalItem(long id, String slug, ItemKind kind, ItemStatus status, String title, LocalDate date,
		String summary, String bodyHtml, String imageType, String orgUnit, String period, String snapshot,
		Instant createdAt, Instant publishedAt, Instant withdrawnAt, Long scopeUnitId) {

	public boolean published() {
		return this.status == ItemStatus.PUBLISHED;
	}

}

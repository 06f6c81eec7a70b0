package org.chitieu.portal;

import java.time.Instant;

/**
 * A stored comment with the item it belongs to; the e-mail is for the office only. {@code scopeUnitId}
 * is the item's (see {@link PortalItem}).
 */
record Comment(long id, long itemId, String itemSlug, String itemTitle, String authorName, String email, String body,
		CommentStatus status, Instant createdAt, String reply, Instant repliedAt, Long scopeUnitId) {
}

package org.chitieu.portal;

import java.time.Instant;

/** What the public sees of an approved comment: no e-mail, no address. {@code reply} is the committee's answer. */
record PublicComment(String authorName, String body, Instant createdAt, String reply, Instant repliedAt) {
}

package org.chitieu.portal;

/** A comment taken: its number, and whether it waits for moderation (PENDING) or is shown (APPROVED). */
public record CommentReceipt(long id, CommentStatus status) {
}

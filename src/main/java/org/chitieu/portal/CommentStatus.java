package org.chitieu.portal;

/** Only an approved comment is ever shown to the public or counted in "Ý kiến (N)". */
public enum CommentStatus {
	PENDING, APPROVED, REJECTED, SPAM
}

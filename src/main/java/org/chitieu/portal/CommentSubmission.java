package org.chitieu.portal;

/**
 * A citizen's comment as submitted. {@code email} is optional and never shown; {@code website} is
 * the honeypot: hidden from people, so anything in it was typed by a robot.
 */
public record CommentSubmission(String name, String email, String text, String website) {
}

package org.chitieu.portal;

import java.text.Normalizer;

/**
 * Comment text as a person counts it: composed (NFC) so that "ế" is one letter whether it was
 * typed as one code point or as "e" with two combining marks, then counted in code points.
 */
final class CommentText {

	private CommentText() {
	}

	/** Composed, with surrounding white space removed and line breaks as "\n". */
	static String normalise(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
	}

	/** The length of normalised text in characters as a reader sees them. */
	static int length(String normalised) {
		return normalised.codePointCount(0, normalised.length());
	}

}

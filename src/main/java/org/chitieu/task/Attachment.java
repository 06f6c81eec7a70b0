package org.chitieu.task;

import java.text.Normalizer;
import java.util.Optional;

/** A file accepted for a progress report: its type known from its bytes and a name safe to store and serve. */
record Attachment(String fileName, FileType type, byte[] content) {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final int MAX_NAME = 100;

	/** The file, or empty when its content is none of the allowed types. Size is checked by the caller. */
	static Optional<Attachment> of(String originalName, byte[] content) {
		return FileType.sniff(content).map(type -> new Attachment(safeName(originalName, type), type, content));
	}

	/**
	 * Keeps the base name's letters (Vietnamese included), digits, spaces, dots, dashes and underscores;
	 * drops any directory part, leading dots and control characters; ends in the sniffed type's extension.
	 */
	static String safeName(String originalName, FileType type) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		base = base.replaceAll("[^\\p{L}\\p{M}\\p{N} ._-]", "_").replaceAll("^[. ]+", "").strip();
		if (base.isEmpty()) {
			base = "tep-dinh-kem";
		}
		if (base.length() > MAX_NAME) {
			base = base.substring(0, MAX_NAME);
		}
		return base + "." + type.extension();
	}

}

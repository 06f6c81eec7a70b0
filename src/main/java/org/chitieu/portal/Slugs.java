package org.chitieu.portal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Addresses from titles: "Cần Đước: Những nội dung" becomes "can-duoc-nhung-noi-dung". */
final class Slugs {

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	static String of(String title) {
		String plain = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		if (plain.length() > MAX_LENGTH) {
			plain = plain.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return plain.isEmpty() ? "bai-viet" : plain;
	}

	/** The slug of the title, with "-2", "-3" … when it is taken. */
	static String unique(String title, Predicate<String> taken) {
		String base = of(title);
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}

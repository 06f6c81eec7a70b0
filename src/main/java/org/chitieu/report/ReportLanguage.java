package org.chitieu.report;

import java.util.Locale;
import java.util.Optional;

/** The report is Vietnamese unless English is asked for ({@code lang=en}). */
final class ReportLanguage {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private ReportLanguage() {
	}

	static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	/** {@code vi} or {@code en}; empty for anything else. */
	static Optional<Locale> parse(String tag) {
		return switch (tag == null ? "vi" : tag) {
			case "vi" -> Optional.of(VIETNAMESE);
			case "en" -> Optional.of(Locale.ENGLISH);
			default -> Optional.empty();
		};
	}

}

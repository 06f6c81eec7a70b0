package org.chitieu.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The formats of the monthly report; the web page opens in the browser, the others download. */
enum ReportFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
	PDF(MediaType.APPLICATION_PDF_VALUE, false),
	HTML("text/html;charset=UTF-8", true);

	private final MediaType mediaType;

	private final boolean inline;

	ReportFormat(String mediaType, boolean inline) {
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.inline = inline;
	}

	static Optional<ReportFormat> parse(String text) {
		return Arrays.stream(values()).filter(format -> format.extension().equals(text)).findFirst();
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	boolean inline() {
		return this.inline;
	}

}

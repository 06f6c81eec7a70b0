package org.chitieu.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.chitieu.progress.Status;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The report as a web page ({@code templates/report/monthly.html}), readable in the browser and
 * printable on A4. The page is well-formed XHTML so that the PDF is rendered from it too.
 */
@Component
class HtmlRenderer implements ReportRenderer {

	private static final Map<Status, String> COLOURS = new EnumMap<>(Status.class);

	static {
		Arrays.stream(Status.values()).forEach(status -> COLOURS.put(status, StatusColours.of(status)));
	}

	private final ITemplateEngine templates;

	HtmlRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public ReportFormat format() {
		return ReportFormat.HTML;
	}

	@Override
	public byte[] render(ReportDocument report) {
		return page(report).getBytes(StandardCharsets.UTF_8);
	}

	String page(ReportDocument report) {
		Context context = new Context(Locale.forLanguageTag(report.language()));
		context.setVariable("report", report);
		context.setVariable("colours", COLOURS);
		return this.templates.process("report/document", context);
	}

}

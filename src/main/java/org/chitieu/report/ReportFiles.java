package org.chitieu.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.orgunit.OrgUnit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The monthly report as files, for the API and for other modules (the portal stores the files it
 * publishes). Access is the caller's business: this renders whatever it is asked for.
 */
@Service
public class ReportFiles {

	private final MonthlyReports reports;

	private final Map<ReportFormat, ReportRenderer> renderers;

	private final MessageSource messages;

	ReportFiles(MonthlyReports reports, List<ReportRenderer> renderers, MessageSource messages) {
		this.reports = reports;
		this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
		this.messages = messages;
	}

	/** The report in Vietnamese as {@code docx}, {@code xlsx}, {@code pdf} or {@code html}. */
	public ReportFile monthly(OrgUnit unit, YearMonth period, String format) {
		return monthly(unit, period,
				ReportFormat.parse(format).orElseThrow(() -> new IllegalArgumentException("unknown format " + format)),
				ReportLanguage.VIETNAMESE);
	}

	ReportFile monthly(OrgUnit unit, YearMonth period, ReportFormat format, Locale locale) {
		byte[] body = this.renderers.get(format).render(this.reports.build(unit, period, locale));
		String fileName = this.messages.getMessage("report.fileName",
				new Object[] { String.format("%02d", period.getMonthValue()), Integer.toString(period.getYear()),
						unit.code() },
				locale) + "." + format.extension();
		return new ReportFile(body, format.mediaType(), fileName, format.inline());
	}

}

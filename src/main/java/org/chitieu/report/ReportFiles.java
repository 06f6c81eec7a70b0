package org.chitieu.report;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The reports as files, for the API, the report page and issuing. Access is the caller's business: this
 * renders whatever it is asked for.
 */
@Service
class ReportFiles {

	private final ReportWriter reports;

	private final Map<ReportFormat, ReportRenderer> renderers;

	private final MessageSource messages;

	ReportFiles(ReportWriter reports, List<ReportRenderer> renderers, MessageSource messages) {
		this.reports = reports;
		this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
		this.messages = messages;
	}

	/** The report of any period of the calendar: a month, a quarter, a half-year, nine months, the year. */
	ReportFile render(OrgUnit unit, Period period, ReportFormat format, Locale locale) {
		return file(unit, period, format, locale, this.renderers.get(format).render(this.reports.build(unit, period, locale)));
	}

	/** Every format of one writing of the report, as issuing stores them. */
	Map<ReportFormat, ReportFile> all(OrgUnit unit, Period period, Locale locale) {
		ReportDocument document = this.reports.build(unit, period, locale);
		Map<ReportFormat, ReportFile> files = new EnumMap<>(ReportFormat.class);
		for (ReportFormat format : ReportFormat.values()) {
			files.put(format, file(unit, period, format, locale, this.renderers.get(format).render(document)));
		}
		return files;
	}

	/** A document other than a report (a meeting's), rendered as it is, named {@code name}. */
	ReportFile document(ReportDocument document, ReportFormat format, String name) {
		return new ReportFile(this.renderers.get(format).render(document), format.mediaType(),
				name + "." + format.extension(), format.inline());
	}

	/** "bao-cao-thang-05-2024-CD.pdf", "bao-cao-2024-Q1-CD.pdf". */
	ReportFile file(OrgUnit unit, Period period, ReportFormat format, Locale locale, byte[] body) {
		YearMonth month = period.first();
		String name = period.isMonth()
				? this.messages.getMessage("report.fileName", new Object[] { String.format("%02d", month.getMonthValue()),
						Integer.toString(month.getYear()), unit.code() }, locale)
				: this.messages.getMessage("report.fileName.period", new Object[] { period.key(), unit.code() }, locale);
		return new ReportFile(body, format.mediaType(), name + "." + format.extension(), format.inline());
	}

}

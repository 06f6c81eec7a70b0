package org.chitieu.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Periods;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/monthly}: the report of an org unit and month as docx, xlsx, pdf or html. */
@RestController
class MonthlyReportController {

	private final ProgressService progress;

	private final MonthlyReports reports;

	private final Map<ReportFormat, ReportRenderer> renderers;

	private final AccessPolicy access;

	private final MessageSource messages;

	MonthlyReportController(ProgressService progress, MonthlyReports reports, List<ReportRenderer> renderers,
			AccessPolicy access, MessageSource messages) {
		this.progress = progress;
		this.reports = reports;
		this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/api/v1/reports/monthly")
	ResponseEntity<byte[]> monthly(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period, @RequestParam String format, @RequestParam(defaultValue = "vi") String lang) {
		OrgUnit unit = this.progress.orgUnit(orgUnit);
		this.access.checkRead(user, unit.id());
		return render(unit, month(period), format, lang).response();
	}

	/** The report of the unit and month in a format and language named as in a link. */
	ReportFile render(OrgUnit unit, YearMonth month, String format, String lang) {
		ReportFormat reportFormat = ReportFormat.parse(format)
			.orElseThrow(() -> new InvalidInputException("report.invalid", InputError.of("format", "report.format", format)));
		Locale locale = ReportLanguage.parse(lang)
			.orElseThrow(() -> new InvalidInputException("report.invalid", InputError.of("lang", "report.lang", lang)));
		byte[] body = this.renderers.get(reportFormat).render(this.reports.build(unit, month, locale));
		String fileName = this.messages.getMessage("report.fileName",
				new Object[] { String.format("%02d", month.getMonthValue()), Integer.toString(month.getYear()), unit.code() },
				locale) + "." + reportFormat.extension();
		return new ReportFile(body, reportFormat.mediaType(), fileName, reportFormat.inline());
	}

	static YearMonth month(String period) {
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("report.invalid", InputError.of("period", "report.period", period));
		}
	}

}

package org.chitieu.report;

import java.time.YearMonth;
import java.util.Locale;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Periods;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/monthly}: the report of an org unit and month as docx, xlsx, pdf or html. */
@RestController
class MonthlyReportController {

	private final ProgressService progress;

	private final ReportFiles files;

	private final AccessPolicy access;

	MonthlyReportController(ProgressService progress, ReportFiles files, AccessPolicy access) {
		this.progress = progress;
		this.files = files;
		this.access = access;
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
		return this.files.monthly(unit, month, reportFormat, locale);
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

package org.chitieu.report;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;
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

/**
 * {@code GET /api/v1/reports} (any period of the calendar) and {@code GET /api/v1/reports/monthly}: the
 * report of an org unit as docx, xlsx, pdf or html. Once issued, a report is served as issued (its number
 * in {@code X-Report-Number}); {@code draft=true} writes a fresh draft from today's figures.
 */
@RestController
class ReportsController {

	static final String NUMBER_HEADER = "X-Report-Number";

	private final ProgressService progress;

	private final ReportFiles files;

	private final IssuedReports issued;

	private final AccessPolicy access;

	ReportsController(ProgressService progress, ReportFiles files, IssuedReports issued, AccessPolicy access) {
		this.progress = progress;
		this.files = files;
		this.issued = issued;
		this.access = access;
	}

	@GetMapping("/api/v1/reports/monthly")
	ResponseEntity<byte[]> monthly(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period, @RequestParam String format, @RequestParam(defaultValue = "vi") String lang,
			@RequestParam(defaultValue = "false") boolean draft) {
		return report(user, orgUnit, Period.month(month(period)), format, lang, draft);
	}

	@GetMapping("/api/v1/reports")
	ResponseEntity<byte[]> reports(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period, @RequestParam String format, @RequestParam(defaultValue = "vi") String lang,
			@RequestParam(defaultValue = "false") boolean draft) {
		return report(user, orgUnit, period(period), format, lang, draft);
	}

	private ResponseEntity<byte[]> report(ChiTieuUser user, String orgUnit, Period period, String format, String lang,
			boolean draft) {
		OrgUnit unit = this.progress.orgUnit(orgUnit);
		this.access.checkRead(user, unit.id());
		return render(unit, period, format, lang, draft);
	}

	/**
	 * The report of the unit and period in a format and language named as in a link: the latest issued
	 * one (Vietnamese, as issued) unless a draft is asked for.
	 */
	ResponseEntity<byte[]> render(OrgUnit unit, Period period, String format, String lang, boolean draft) {
		ReportFormat reportFormat = ReportFormat.parse(format)
			.orElseThrow(() -> new InvalidInputException("report.invalid", InputError.of("format", "report.format", format)));
		Locale locale = ReportLanguage.parse(lang)
			.orElseThrow(() -> new InvalidInputException("report.invalid", InputError.of("lang", "report.lang", lang)));
		Optional<IssuedReport> issued = draft || ReportLanguage.english(locale) ? Optional.empty()
				: this.issued.latest(unit, period);
		if (issued.isPresent()) {
			ReportFile file = this.issued.file(issued.get(), unit, reportFormat);
			return ResponseEntity.ok()
				.headers(file.response().getHeaders())
				.header(NUMBER_HEADER, issued.get().number())
				.body(file.content());
		}
		return this.files.render(unit, period, reportFormat, locale).response();
	}

	static YearMonth month(String period) {
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("report.invalid", InputError.of("period", "report.month", period));
		}
	}

	/** Any period key; a bad one is a 400 naming the accepted forms. */
	static Period period(String period) {
		try {
			return Periods.parse(period);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("report.invalid",
					InputError.of("period", "report.period", period, Periods.FORMS));
		}
	}

}

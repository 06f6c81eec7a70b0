package org.chitieu.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.chitieu.datavalue.PeriodLocks;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Period;
import org.chitieu.period.PeriodConvention;
import org.chitieu.period.Periods;
import org.chitieu.progress.query.PageScope;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Báo cáo": the report of a month, quarter, half-year, nine months or year previewed as a page and
 * downloaded as Word, Excel or PDF; for the office the settings it is written with (number, date,
 * signer, recipients, its own paragraphs, tasks ahead), closing the month and issuing the report.
 */
@Controller
class ReportPageController {

	private final PageScope scope;

	private final ReportsController files;

	private final ReportSettingsStore store;

	private final ReportSettingsEditor editor;

	private final MessageSource messages;

	private final PeriodLocks locks;

	private final IssuedReports issued;

	private final OrgUnits orgUnits;

	ReportPageController(PageScope scope, ReportsController files, ReportSettingsStore store,
			ReportSettingsEditor editor, MessageSource messages, PeriodLocks locks, IssuedReports issued,
			OrgUnits orgUnits) {
		this.issued = issued;
		this.orgUnits = orgUnits;
		this.locks = locks;
		this.scope = scope;
		this.files = files;
		this.store = store;
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping("/reports")
	String page(@AuthenticationPrincipal ChiTieuUser user, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) String period, Model model, Locale locale) {
		OrgUnit unit = this.scope.unit(user, orgUnit);
		Period chosen = this.scope.reportingPeriod(unit, period);
		ReportSettings settings = this.store.find(unit, chosen);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SettingsForm.of(settings));
		}
		YearMonth last = chosen.last();
		model.addAttribute("unit", unit);
		model.addAttribute("units", this.scope.choices(user, chosen.year()));
		model.addAttribute("period", chosen.key());
		model.addAttribute("periods", Periods.ofYear(chosen.year()));
		model.addAttribute("periodName", ReportDates.periodName(chosen, locale));
		model.addAttribute("monthly", chosen.isMonth());
		model.addAttribute("downloads", List.of(ReportFormat.DOCX, ReportFormat.XLSX, ReportFormat.PDF)
			.stream()
			.map(format -> new Download(format.extension(), "reportPage.download." + format.name()))
			.toList());
		model.addAttribute("signers", Signer.values());
		model.addAttribute("conventions", PeriodConvention.values());
		boolean editable = ReportSettingsEditor.mayEdit(user);
		model.addAttribute("editable", editable);
		model.addAttribute("mayLock", PeriodLocks.mayLock(user));
		model.addAttribute("lastMonth", ReportDates.monthOfYear(last, locale));
		boolean closed = this.locks.find(unit, last).isPresent();
		model.addAttribute("lock", this.locks.find(unit, last).orElse(null));
		model.addAttribute("signerMissing", !settings.signed());
		model.addAttribute("mayIssue", editable && closed);
		model.addAttribute("issued", this.issued.of(unit, chosen));
		return "report/page";
	}

	/** The office closes the month once the report is out, or reopens it to correct a figure. */
	@PostMapping("/reports/lock")
	String lock(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit, @RequestParam String period,
			@RequestParam String action, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		OrgUnit unit = this.scope.unit(user, orgUnit);
		YearMonth month = this.scope.period(unit, period);
		if ("unlock".equals(action)) {
			this.locks.unlock(user, unit, month, reason);
		}
		else {
			this.locks.lock(user, unit, month);
		}
		redirect.addAttribute("orgUnit", unit.code());
		redirect.addAttribute("period", month.toString());
		return "redirect:/reports";
	}

	/** The office issues the report of a closed period as it now reads; what is missing is said, nothing stored. */
	@PostMapping("/reports/issue")
	String issue(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit, @RequestParam String period,
			RedirectAttributes redirect, Locale locale) {
		OrgUnit unit = this.scope.unit(user, orgUnit);
		Period chosen = this.scope.reportingPeriod(unit, period);
		try {
			IssuedReport issued = this.issued.issue(user, unit, chosen);
			redirect.addFlashAttribute("issuedNumber", issued.number());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("issueErrors", ex.errors()
				.stream()
				.map(error -> this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))
				.toList());
		}
		redirect.addAttribute("orgUnit", unit.code());
		redirect.addAttribute("period", chosen.key());
		return "redirect:/reports";
	}

	@GetMapping("/reports/file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period, @RequestParam String format, @RequestParam(defaultValue = "vi") String lang) {
		OrgUnit unit = this.scope.unit(user, orgUnit);
		// the page previews the draft; an issued report is downloaded from the list of issued ones
		return this.files.render(unit, this.scope.reportingPeriod(unit, period), format, lang, true);
	}

	/** An issued report's stored file, exactly as issued. */
	@GetMapping("/reports/issued/{id}")
	ResponseEntity<byte[]> issuedFile(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam String format) {
		IssuedReport issued = this.issued.find(id);
		OrgUnit unit = this.orgUnits.findById(issued.orgUnitId()).orElseThrow();
		this.scope.unit(user, unit.code());
		ReportFormat reportFormat = ReportFormat.parse(format)
			.orElseThrow(() -> new InvalidInputException("report.invalid", InputError.of("format", "report.format", format)));
		return this.issued.file(issued, unit, reportFormat).response();
	}

	@PostMapping("/reports/settings")
	String save(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit, @RequestParam String period,
			@ModelAttribute SettingsForm form, RedirectAttributes redirect, Locale locale) {
		OrgUnit unit = this.scope.unit(user, orgUnit);
		Period chosen = this.scope.reportingPeriod(unit, period);
		try {
			this.editor.save(user, unit, chosen, form.settings());
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("form", form);
			redirect.addFlashAttribute("errors", ex.errors()
				.stream()
				.collect(Collectors.toMap(error -> error.field().replaceAll("\\[.*", ""),
						error -> this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale),
						(first, second) -> first)));
		}
		redirect.addAttribute("orgUnit", unit.code());
		redirect.addAttribute("period", chosen.key());
		return "redirect:/reports";
	}

	/** A download link: the {@code format} parameter and the label's message key. */
	record Download(String format, String label) {
	}

	/** The settings form: recipients, tasks and the office's paragraphs one per line. */
	record SettingsForm(String placeName, Signer signer, String signerName, String recipients,
			PeriodConvention periodConvention, String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDate,
			String tasks, String resultsNotes, String shortcomingsNotes) {

		static SettingsForm of(ReportSettings settings) {
			return new SettingsForm(settings.placeName(), settings.signer(), settings.signerName(),
					String.join("\n", settings.recipients()), settings.periodConvention(), settings.number(),
					settings.reportDate(), String.join("\n", settings.tasks()), String.join("\n", settings.resultsNotes()),
					String.join("\n", settings.shortcomingsNotes()));
		}

		ReportSettings settings() {
			return new ReportSettings(this.placeName, this.signer, this.signerName, lines(this.recipients),
					this.periodConvention, this.number, this.reportDate, lines(this.tasks), lines(this.resultsNotes),
					lines(this.shortcomingsNotes));
		}

		private static List<String> lines(String text) {
			return text == null ? List.of()
					: Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

	}


}

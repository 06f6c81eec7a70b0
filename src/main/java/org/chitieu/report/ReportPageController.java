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
import org.chitieu.period.PeriodConvention;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Báo cáo tháng": the month's report previewed as a page and downloaded as Word, Excel or PDF,
 * and for the office the settings the report is written with (number, date, signer, recipients,
 * tasks for next month).
 */
@Controller
class ReportPageController {

	private final PageScope scope;

	private final MonthlyReportController files;

	private final ReportSettingsStore store;

	private final ReportSettingsEditor editor;

	private final MessageSource messages;

	private final PeriodLocks locks;

	ReportPageController(PageScope scope, MonthlyReportController files, ReportSettingsStore store,
			ReportSettingsEditor editor, MessageSource messages, PeriodLocks locks) {
		this.locks = locks;
		this.scope = scope;
		this.files = files;
		this.store = store;
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping("/reports")
	String page(@AuthenticationPrincipal ChiTieuUser user, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) String period, Model model) {
		OrgUnit unit = this.scope.unit(user, orgUnit);
		YearMonth month = this.scope.period(unit, period);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SettingsForm.of(this.store.find(unit, month)));
		}
		model.addAttribute("unit", unit);
		model.addAttribute("units", this.scope.choices(user, month.getYear()));
		model.addAttribute("period", month.toString());
		model.addAttribute("month", month.getMonthValue());
		model.addAttribute("year", month.getYear());
		model.addAttribute("downloads", List.of(ReportFormat.DOCX, ReportFormat.XLSX, ReportFormat.PDF)
			.stream()
			.map(format -> new Download(format.extension(), "reportPage.download." + format.name()))
			.toList());
		model.addAttribute("signers", Signer.values());
		model.addAttribute("conventions", PeriodConvention.values());
		model.addAttribute("editable", ReportSettingsEditor.mayEdit(user));
		model.addAttribute("mayLock", PeriodLocks.mayLock(user));
		model.addAttribute("lock", this.locks.find(unit, month).orElse(null));
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

	@GetMapping("/reports/file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period, @RequestParam String format, @RequestParam(defaultValue = "vi") String lang) {
		OrgUnit unit = this.scope.unit(user, orgUnit);
		return this.files.render(unit, this.scope.period(unit, period), format, lang).response();
	}

	@PostMapping("/reports/settings")
	String save(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit, @RequestParam String period,
			@ModelAttribute SettingsForm form, RedirectAttributes redirect, Locale locale) {
		OrgUnit unit = this.scope.unit(user, orgUnit);
		YearMonth month = this.scope.period(unit, period);
		try {
			this.editor.save(user, unit, month, form.settings());
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
		redirect.addAttribute("period", month.toString());
		return "redirect:/reports";
	}

	/** A download link: the {@code format} parameter and the label's message key. */
	record Download(String format, String label) {
	}

	/** The settings form: recipients and tasks one per line. */
	record SettingsForm(String placeName, Signer signer, String signerName, String recipients,
			PeriodConvention periodConvention, String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDate,
			String tasks) {

		static SettingsForm of(ReportSettings settings) {
			return new SettingsForm(settings.placeName(), settings.signer(), settings.signerName(),
					String.join("\n", settings.recipients()), settings.periodConvention(), settings.number(),
					settings.reportDate(), String.join("\n", settings.tasks()));
		}

		ReportSettings settings() {
			return new ReportSettings(this.placeName, this.signer, this.signerName, lines(this.recipients),
					this.periodConvention, this.number, this.reportDate, lines(this.tasks));
		}

		private static List<String> lines(String text) {
			return text == null ? List.of()
					: Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

	}


}

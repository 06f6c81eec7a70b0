package org.chitieu.project;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Periods;
import org.chitieu.progress.MonthPoint;
import org.chitieu.progress.query.MonthlyChart;
import org.chitieu.project.ProjectViews.ProjectDetail;
import org.chitieu.project.ProjectViews.ProjectFilter;
import org.chitieu.project.ProjectViews.ReportView;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.VietnameseFormat;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project pages: the list with filters and totals, a project with its milestone timeline,
 * disbursement chart, latest report and obstacles, and the investor's monthly report form.
 */
@Controller
class ProjectPageController {

	private final ProjectProgress progress;

	private final ProjectService service;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final VietnameseFormat format;

	private final MessageSource messages;

	private final MonthlyChart chart;

	ProjectPageController(ProjectProgress progress, ProjectService service, OrgUnits orgUnits, AccessPolicy access,
			VietnameseFormat format, MessageSource messages, MonthlyChart chart) {
		this.progress = progress;
		this.service = service;
		this.orgUnits = orgUnits;
		this.access = access;
		this.format = format;
		this.messages = messages;
		this.chart = chart;
	}

	@GetMapping("/projects")
	String list(@AuthenticationPrincipal ChiTieuUser user, ProjectFilter filter,
			@RequestParam(required = false) String period,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Locale locale, Model model) {
		YearMonth month = period(period);
		model.addAttribute("list", this.progress.list(user, filter, month, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("period", month.toString());
		model.addAttribute("types", ProjectType.values());
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("groups", this.service.groups());
		model.addAttribute("agencies", this.orgUnits.findAgencies());
		return htmx ? "project/list :: content" : "project/list";
	}

	@GetMapping("/projects/{code}")
	String detail(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code,
			@RequestParam(required = false) String period, Locale locale, Model model) {
		YearMonth month = period(period);
		ProjectDetail detail = this.progress.detail(user, code, month, locale);
		Project project = this.service.project(code);
		model.addAttribute("detail", detail);
		model.addAttribute("p", detail.project());
		model.addAttribute("period", month.toString());
		model.addAttribute("canReport", this.access.canEnter(user, project.investorId(), project.orgUnitId()));
		model.addAttribute("canReview", this.access.canApprove(user, project.investorId(), project.orgUnitId()));
		model.addAttribute("chart", detail.series().isEmpty() ? null
				: this.chart.json(detail.series(), 3, locale,
						List.of(new MonthlyChart.Series("project.chart.actual", MonthPoint::actual),
								new MonthlyChart.Series("project.chart.planned", MonthPoint::expected))));
		return "project/detail";
	}

	/** The investor's head approves the submitted monthly report, or returns it with a reason. */
	@PostMapping("/projects/{code}/review")
	String review(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code, @RequestParam String period,
			@RequestParam String action, @RequestParam(required = false) String reason, Locale locale,
			RedirectAttributes redirect) {
		boolean returning = "return".equals(action);
		try {
			this.service.review(user, code, List.of(period), returning ? (reason == null ? "" : reason) : null);
			redirect.addFlashAttribute("success",
					this.messages.getMessage(returning ? "project.review.returned" : "project.review.approved", null, locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("reviewErrors", ex.errors()
				.stream()
				.map(error -> this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))
				.toList());
		}
		return "redirect:/projects/" + code + "?period=" + period;
	}

	@GetMapping("/projects/{code}/report")
	String form(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code,
			@RequestParam(required = false) String period, Locale locale, Model model) {
		Project project = requireInvestor(user, code);
		YearMonth month = period(period);
		ReportView current = this.progress.detail(user, code, month, locale)
			.reports()
			.stream()
			.filter(report -> report.period().equals(month.toString()))
			.findFirst()
			.orElse(null);
		model.addAttribute("form", current == null ? ReportForm.empty(month.toString()) : ReportForm.of(current, this.format));
		return form(project, current, Map.of(), model);
	}

	@PostMapping("/projects/{code}/report")
	String save(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code, ReportForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		Project project = requireInvestor(user, code);
		Map<String, String> errors = new HashMap<>();
		ReportRow row = form.toRow(this.format, errors, this.messages, locale);
		if (errors.isEmpty()) {
			try {
				int saved = this.service.save(user, code, List.of(row), "submit".equals(form.action()));
				redirect.addFlashAttribute("success", this.messages.getMessage(
						"submit".equals(form.action()) ? "project.form.submitted" : "project.form.saved",
						new Object[] { saved }, locale));
				return "redirect:/projects/" + code + "?period=" + row.period();
			}
			catch (InvalidInputException ex) {
				for (InputError error : ex.errors()) {
					String field = error.field().replaceFirst("^rows\\[0\\]\\.?", "");
					errors.put(field.isEmpty() ? "general" : field,
							this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale));
				}
			}
		}
		model.addAttribute("form", form);
		return form(project, null, errors, model);
	}

	private String form(Project project, ReportView current, Map<String, String> errors, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("current", current);
		model.addAttribute("errors", errors);
		model.addAttribute("siteClearance", project.type() == ProjectType.INDUSTRIAL_CLUSTER
				|| project.type() == ProjectType.RESETTLEMENT_AREA || project.type() == ProjectType.SITE_CLEARANCE);
		return "project/report";
	}

	private Project requireInvestor(ChiTieuUser user, String code) {
		Project project = this.service.project(code);
		if (!this.access.canEnter(user, project.investorId(), project.orgUnitId())) {
			throw new AccessDeniedException("only the investor reports on " + code);
		}
		return project;
	}

	private YearMonth period(String period) {
		if (period == null || period.isBlank()) {
			return this.progress.defaultPeriod();
		}
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			return this.progress.defaultPeriod();
		}
	}

	/** Cumulative disbursement, planned and actual, in the shape the indicator chart's script draws. */
	/** The report form as typed, numbers in the reader's style ("1,5" in Vietnamese). */
	record ReportForm(String period, String disbursed, String physicalProgress, String affectedHouseholds,
			String areaHa, String compensationApproved, String compensationPaid, String handedOverHouseholds,
			String comment, String action) {

		static ReportForm empty(String period) {
			return new ReportForm(period, "", "", "", "", "", "", "", "", null);
		}

		static ReportForm of(ReportView report, VietnameseFormat format) {
			return new ReportForm(report.period(), text(report.disbursed(), format), text(report.physicalProgress(), format),
					text(report.affectedHouseholds(), format), text(report.areaHa(), format),
					text(report.compensationApproved(), format), text(report.compensationPaid(), format),
					text(report.handedOverHouseholds(), format), report.comment() == null ? "" : report.comment(), null);
		}

		private static String text(Number value, VietnameseFormat format) {
			return value == null ? "" : format.input(value);
		}

		ReportRow toRow(VietnameseFormat format, Map<String, String> errors, MessageSource messages, Locale locale) {
			Parser parser = new Parser(format, errors, messages, locale);
			BigDecimal households = parser.number("affectedHouseholds", this.affectedHouseholds);
			BigDecimal handedOver = parser.number("handedOverHouseholds", this.handedOverHouseholds);
			return new ReportRow(this.period, parser.number("disbursed", this.disbursed),
					parser.number("physicalProgress", this.physicalProgress), parser.whole("affectedHouseholds", households),
					parser.number("areaHa", this.areaHa), parser.number("compensationApproved", this.compensationApproved),
					parser.number("compensationPaid", this.compensationPaid),
					parser.whole("handedOverHouseholds", handedOver), this.comment);
		}

	}

	private record Parser(VietnameseFormat format, Map<String, String> errors, MessageSource messages, Locale locale) {

		BigDecimal number(String field, String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return this.format.parse(text);
			}
			catch (NumberFormatException ex) {
				this.errors.put(field, this.messages.getMessage("project.form.notANumber", new Object[] { text }, this.locale));
				return null;
			}
		}

		Integer whole(String field, BigDecimal value) {
			if (value == null) {
				return null;
			}
			try {
				return value.intValueExact();
			}
			catch (ArithmeticException ex) {
				this.errors.put(field, this.messages.getMessage("project.form.wholeNumber", null, this.locale));
				return null;
			}
		}

	}

}

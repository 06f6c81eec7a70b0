package org.chitieu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.plan.PlanEditing.DraftRow;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;
import org.chitieu.web.VietnameseFormat;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans pages: each plan with its versions, next year's plan prepared, its draft edited in a grid and issued. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
class PlanPageController {

	private final Plans plans;

	private final PlanEditing editing;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final VietnameseFormat format;

	private final MessageSource messages;

	PlanPageController(Plans plans, PlanEditing editing, IndicatorCatalogue catalogue, OrgUnits orgUnits,
			AccessPolicy access, VietnameseFormat format, MessageSource messages) {
		this.plans = plans;
		this.editing = editing;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.access = access;
		this.format = format;
		this.messages = messages;
	}

	@GetMapping("/plans")
	String list(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		List<Plan> visible = Stream.concat(this.plans.findAll().stream(), this.plans.findDrafts().stream())
			.filter(plan -> this.access.canRead(user, plan.orgUnitId()))
			.sorted(Comparator.comparing(Plan::year).reversed().thenComparing(Plan::code))
			.toList();
		model.addAttribute("plans", visible);
		model.addAttribute("units", units());
		return "plan/plans";
	}

	@GetMapping("/plans/{code}")
	String plan(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code, Model model) {
		List<Plan> versions = this.plans.versions(code);
		if (versions.isEmpty()) {
			throw new NotFoundException("plan.unknown", code);
		}
		Plan newest = versions.get(versions.size() - 1);
		this.access.checkRead(user, newest.orgUnitId());
		model.addAttribute("versions", versions);
		model.addAttribute("plan", newest);
		model.addAttribute("unit", this.orgUnits.findById(newest.orgUnitId()).orElseThrow());
		model.addAttribute("indicators", indicators());
		model.addAttribute("canEdit", this.editing.canEdit(user, newest.orgUnitId()));
		return "plan/plan";
	}

	@PostMapping("/plans/{code}/next-year")
	String prepareNextYear(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code) {
		return "redirect:/plans/" + this.editing.prepareNextYear(user, code) + "/draft";
	}

	@GetMapping("/plans/{code}/draft")
	String draft(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code, Model model) {
		Plan draft = this.editing.draft(user, code);
		model.addAttribute("plan", draft);
		model.addAttribute("unit", this.orgUnits.findById(draft.orgUnitId()).orElseThrow());
		model.addAttribute("indicators", indicators());
		model.addAttribute("schedules", Schedule.values());
		model.addAttribute("points", draft.targets()
			.stream()
			.collect(Collectors.toMap(Target::indicatorCode, target -> target.planned() == null ? ""
					: target.planned()
						.entrySet()
						.stream()
						.map(point -> point.getKey() + ": " + this.format.input(point.getValue()))
						.collect(Collectors.joining("; ")))));
		return "plan/draft";
	}

	/** The grid: {@code value.CODE}, {@code schedule.CODE} and {@code planned.CODE} ("3: 20.000; 6: 45.000"). */
	@PostMapping("/plans/{code}/draft")
	String saveDraft(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code,
			@RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
		Plan draft = this.editing.draft(user, code);
		List<String> errors = new ArrayList<>();
		List<DraftRow> rows = new ArrayList<>();
		for (Target target : draft.targets()) {
			String indicator = target.indicatorCode();
			BigDecimal value = number(form.get("value." + indicator), indicator, errors, locale);
			String scheduleName = form.getOrDefault("schedule." + indicator, "");
			Schedule schedule = Arrays.stream(Schedule.values())
				.filter(candidate -> candidate.name().equals(scheduleName))
				.findFirst()
				.orElse(null);
			rows.add(new DraftRow(indicator, value, schedule,
					points(form.getOrDefault("planned." + indicator, ""), indicator, errors, locale)));
		}
		try {
			if (errors.isEmpty()) {
				this.editing.saveDraft(user, code, rows);
				redirect.addFlashAttribute("saved", true);
			}
		}
		catch (InvalidInputException ex) {
			errors.addAll(ex.messages(this.messages, locale));
		}
		redirect.addFlashAttribute("errors", errors.isEmpty() ? null : errors);
		return "redirect:/plans/" + code + "/draft";
	}

	@PostMapping("/plans/{code}/issue")
	String issue(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code, String resolution,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.editing.issue(user, code, resolution, effectiveFrom);
			redirect.addFlashAttribute("issued", true);
			return "redirect:/plans/" + code;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", ex.messages(this.messages, locale));
			return "redirect:/plans/" + code + "/draft";
		}
	}

	private BigDecimal number(String text, String indicator, List<String> errors, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return this.format.parse(text);
		}
		catch (NumberFormatException ex) {
			errors.add(this.messages.getMessage("plan.draft.number", new Object[] { indicator, text }, locale));
			return null;
		}
	}

	/** "3: 20.000; 6: 45.000" → {3=20000, 6=45000}. */
	private Map<Integer, BigDecimal> points(String text, String indicator, List<String> errors, Locale locale) {
		Map<Integer, BigDecimal> points = new TreeMap<>();
		for (String pair : text.split(";")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] parts = pair.split(":", 2);
			try {
				BigDecimal value = parts.length == 2 ? this.format.parse(parts[1]) : null;
				if (value == null) {
					throw new NumberFormatException(pair);
				}
				points.put(Integer.parseInt(parts[0].strip()), value);
			}
			catch (NumberFormatException ex) {
				errors.add(this.messages.getMessage("plan.draft.pointFormat", new Object[] { indicator, pair.strip() },
						locale));
			}
		}
		return points;
	}

	private Map<String, Indicator> indicators() {
		return this.catalogue.findAll().stream().collect(Collectors.toMap(Indicator::code, indicator -> indicator));
	}

	private Map<Long, OrgUnit> units() {
		return this.orgUnits.findAll().stream().collect(Collectors.toMap(OrgUnit::id, unit -> unit));
	}

}

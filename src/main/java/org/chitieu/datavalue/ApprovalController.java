package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The head of a department approves or returns the figures waiting for approval, grouped by indicator,
 * each beside what helps judge it: the counted value, the revision, the previous month, the same month
 * last year, the plan to date and the unit's total.
 */
@Controller
@RequestMapping("/approval")
class ApprovalController {

	private final DataValueService service;

	private final DataValues values;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final ObjectProvider<PlanToDate> planToDate;

	private final MessageSource messages;

	ApprovalController(DataValueService service, DataValues values, IndicatorCatalogue catalogue, OrgUnits orgUnits,
			ObjectProvider<PlanToDate> planToDate, MessageSource messages) {
		this.service = service;
		this.values = values;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.planToDate = planToDate;
		this.messages = messages;
	}

	@GetMapping
	String pending(@AuthenticationPrincipal ChiTieuUser user, Model model, Locale locale) {
		show(user, model, locale);
		return "datavalue/approval";
	}

	@PostMapping
	String review(@AuthenticationPrincipal ChiTieuUser user, ReviewForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		checkRole(user);
		boolean returning = "return".equals(form.action());
		List<String> keys = "approveAll".equals(form.action()) ? form.shown() : form.keys();
		try {
			if (keys == null || keys.isEmpty()) {
				throw new InvalidInputException("datavalue.invalid", InputError.of("keys", "approval.nothingSelected"));
			}
			int reviewed = this.service.review(user, keys.stream().map(ApprovalController::row).toList(),
					returning ? Objects.toString(form.reason(), "") : null);
			redirect.addFlashAttribute("success", this.messages
				.getMessage(returning ? "approval.returned" : "approval.approved", new Object[] { reviewed }, locale));
			return "redirect:/approval";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors()
				.stream()
				.map(error -> this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))
				.toList());
			model.addAttribute("form", form);
			show(user, model, locale);
			return "datavalue/approval";
		}
	}

	private void show(ChiTieuUser user, Model model, Locale locale) {
		checkRole(user);
		List<Indicator> indicators = this.catalogue.findAll()
			.stream()
			.filter(indicator -> user.is(Role.ADMIN) || Objects.equals(indicator.agencyId(), user.agencyId()))
			.toList();
		List<OrgUnit> units = (user.orgUnitId() == null) ? this.orgUnits.findAll()
				: this.orgUnits.subtree(user.orgUnitId());
		Map<Long, Indicator> indicatorsById = indicators.stream()
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		Map<Long, OrgUnit> unitsById = units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		Map<String, Map<FigureKey, BigDecimal>> counted = new HashMap<>();
		Map<String, Optional<PlanToDate.Progress>> progress = new HashMap<>();
		Map<Long, Group> groups = new LinkedHashMap<>();
		for (Figure figure : this.values.findAwaitingApproval(indicatorsById.keySet(), unitsById.keySet())) {
			DataValue pending = figure.pending();
			Indicator indicator = indicatorsById.get(pending.indicatorId());
			OrgUnit unit = unitsById.get(pending.orgUnitId());
			YearMonth month = YearMonth.of(pending.year(), pending.month());
			Map<FigureKey, BigDecimal> around = counted.computeIfAbsent(unit.id() + "@" + month.getYear(),
					key -> this.values.countedAround(indicatorsById.keySet(), unit.id(), month.getYear()));
			Optional<PlanToDate.Progress> plan = progress.computeIfAbsent(
					indicator.code() + "@" + unit.id() + "@" + month,
					key -> this.planToDate.orderedStream().findFirst().flatMap(p -> p.at(unit, indicator.code(), month)));
			groups.computeIfAbsent(indicator.id(), id -> new Group(indicator.name(locale.getLanguage()),
					indicator.unit(), indicator.decimals(), new ArrayList<>()))
				.rows()
				.add(new Pending(indicator.code() + "|" + unit.code() + "|" + month, unit.name(), month,
						figure.revision() == null ? null : figure.counted(), pending,
						around.get(FigureKey.of(indicator.id(), unit.id(), month.minusMonths(1))),
						around.get(FigureKey.of(indicator.id(), unit.id(), month.minusYears(1))),
						plan.map(PlanToDate.Progress::expected).orElse(null),
						plan.map(PlanToDate.Progress::actual).orElse(null)));
		}
		model.addAttribute("groups", List.copyOf(groups.values()));
		model.addAttribute("shown",
				groups.values().stream().flatMap(group -> group.rows().stream()).map(Pending::key).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReviewForm(List.of(), List.of(), null, null));
		}
	}

	private static void checkRole(ChiTieuUser user) {
		if (!user.is(Role.AGENCY_HEAD) && !user.is(Role.ADMIN)) {
			throw new AccessDeniedException("approval is for agency heads and administrators");
		}
	}

	/** A checkbox's value, "CODE|UNIT|YYYY-MM", as the key the service reviews. */
	private static DataValueRow row(String key) {
		String[] parts = key.split("\\|", -1);
		return (parts.length == 3) ? new DataValueRow(parts[0], parts[1], parts[2], null, null)
				: new DataValueRow(key, null, null, null, null);
	}

	/**
	 * The checked figures, every figure shown (for "approve all shown"), the button pressed ("approve",
	 * "approveAll" or "return") and the reason for returning.
	 */
	record ReviewForm(List<String> keys, List<String> shown, String action, String reason) {
	}

	record Group(String indicator, String unit, int decimals, List<Pending> rows) {
	}

	/** A figure waiting for approval: {@code counted} is the value it would replace (null for a first one). */
	record Pending(String key, String orgUnit, YearMonth month, DataValue counted, DataValue pending,
			BigDecimal previousMonth, BigDecimal lastYear, BigDecimal planToDate, BigDecimal unitTotal) {
	}

}

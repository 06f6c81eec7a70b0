package org.chitieu.datavalue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The head of a department approves or returns the figures their staff submitted. */
@Controller
@RequestMapping("/approval")
class ApprovalController {

	private final DataValueService service;

	private final DataValues values;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final MessageSource messages;

	ApprovalController(DataValueService service, DataValues values, IndicatorCatalogue catalogue, OrgUnits orgUnits,
			MessageSource messages) {
		this.service = service;
		this.values = values;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
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
		try {
			if (form.keys() == null || form.keys().isEmpty()) {
				throw new InvalidInputException("datavalue.invalid", InputError.of("keys", "approval.nothingSelected"));
			}
			List<DataValueRow> keys = form.keys().stream().map(ApprovalController::row).toList();
			int reviewed = this.service.review(user, keys,
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
		List<Pending> pending = this.values.findSubmitted(indicatorsById.keySet(), unitsById.keySet())
			.stream()
			.map(value -> {
				Indicator indicator = indicatorsById.get(value.indicatorId());
				OrgUnit unit = unitsById.get(value.orgUnitId());
				String period = YearMonth.of(value.year(), value.month()).toString();
				return new Pending(indicator.code() + "|" + unit.code() + "|" + period,
						indicator.name(locale.getLanguage()), indicator.unit(), indicator.decimals(), unit.name(), value);
			})
			.toList();
		model.addAttribute("pending", pending);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReviewForm(List.of(), null, null));
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

	/** The checked figures, the button pressed ("approve" or "return") and the reason for returning. */
	record ReviewForm(List<String> keys, String action, String reason) {
	}

	record Pending(String key, String indicator, String unit, int decimals, String orgUnit, DataValue value) {
	}

}

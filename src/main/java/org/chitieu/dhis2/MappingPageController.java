package org.chitieu.dhis2;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.web.InputError;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where the administrator sees and edits which DHIS2 identifiers name our indicators and units. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MappingPageController {

	private final Dhis2Mappings mappings;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final MessageSource messages;

	MappingPageController(Dhis2Mappings mappings, IndicatorCatalogue catalogue, OrgUnits orgUnits,
			MessageSource messages) {
		this.mappings = mappings;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.messages = messages;
	}

	@GetMapping("/dhis2/mappings")
	String page(Model model) {
		model.addAttribute("mappings", this.mappings.findAll());
		model.addAttribute("kinds", Dhis2Mapping.Kind.values());
		model.addAttribute("indicators", this.catalogue.findAll().stream().filter(Indicator::entered).toList());
		model.addAttribute("units", this.orgUnits.findAll());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Dhis2MappingDefinition("DATA_ELEMENT", "", ""));
		}
		return "dhis2/mappings";
	}

	@PostMapping("/dhis2/mappings")
	@Transactional
	String save(Dhis2MappingDefinition form, Locale locale, Model model, RedirectAttributes redirect) {
		Set<String> indicators = this.catalogue.findAll().stream().map(Indicator::code).collect(Collectors.toSet());
		Set<String> units = this.orgUnits.findAll().stream().map(OrgUnit::code).collect(Collectors.toSet());
		List<InputError> errors = Dhis2MappingDefinition.check("mapping", List.of(form), indicators::contains,
				units::contains);
		if (!errors.isEmpty()) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors.stream()
				.map(error -> this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))
				.toList());
			return page(model);
		}
		this.mappings.save(form.mapping());
		redirect.addFlashAttribute("success", "dhis2.mapping.saved");
		return "redirect:/dhis2/mappings";
	}

	@PostMapping("/dhis2/mappings/delete")
	String delete(Dhis2Mapping.Kind kind, String dhis2, RedirectAttributes redirect) {
		this.mappings.delete(kind, dhis2);
		redirect.addFlashAttribute("success", "dhis2.mapping.deleted");
		return "redirect:/dhis2/mappings";
	}

}

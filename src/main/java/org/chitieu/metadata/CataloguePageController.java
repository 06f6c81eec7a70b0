package org.chitieu.metadata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chitieu.indicator.EntryChecks;
import org.chitieu.indicator.Formula;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.indicator.IndicatorKind;
import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.metadata.MetadataDocument.AgencyEntry;
import org.chitieu.metadata.MetadataDocument.IndicatorEntry;
import org.chitieu.metadata.MetadataDocument.OrgUnitEntry;
import org.chitieu.metadata.MetadataDocument.SectorEntry;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnitType;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Periods;
import org.chitieu.progress.query.ProgressService;
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

/**
 * The catalogue pages of the administrator: indicators (formulas written with the components' names,
 * checked as one types, with a preview of the value at a unit and month), sectors, agencies and units.
 * Every save goes through the metadata document's checks ({@link CatalogueEditing}).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CataloguePageController {

	private final MetadataService metadata;

	private final CatalogueEditing editing;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final ProgressService progress;

	private final VietnameseFormat format;

	private final MessageSource messages;

	CataloguePageController(MetadataService metadata, CatalogueEditing editing, IndicatorCatalogue catalogue,
			OrgUnits orgUnits, ProgressService progress, VietnameseFormat format, MessageSource messages) {
		this.metadata = metadata;
		this.editing = editing;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.progress = progress;
		this.format = format;
		this.messages = messages;
	}

	@GetMapping("/catalogue")
	String indicators(Model model) {
		model.addAttribute("document", this.metadata.exportDocument());
		return "metadata/catalogue";
	}

	@GetMapping("/catalogue/indicators/new")
	String newIndicator(Model model) {
		return indicatorForm(model, new IndicatorForm(null, null, null, null, null, null, IndicatorKind.RAW.name(), null,
				TimeAggregation.SUM.name(), SpaceAggregation.SUM.name(), Polarity.HIGHER.name(), "0", "0", null, null, null, null,
				List.of(), null, null),
				true);
	}

	@GetMapping("/catalogue/indicators/{code}")
	String indicator(@PathVariable String code, Model model) {
		IndicatorEntry entry = this.metadata.exportDocument()
			.indicators()
			.stream()
			.filter(indicator -> indicator.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("catalogue.unknownIndicator", code));
		return indicatorForm(model, IndicatorForm.of(entry, FormulaNames.toNames(entry.formula(), names()),
				this.format), false);
	}

	@PostMapping("/catalogue/indicators")
	String saveIndicator(@AuthenticationPrincipal ChiTieuUser user, IndicatorForm form, boolean creating, Model model,
			RedirectAttributes redirect, Locale locale) {
		List<String> errors = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		String formula = FormulaNames.toCodes(blankToNull(form.formula()), names(), unknown);
		unknown.forEach(name -> errors.add(this.messages.getMessage("catalogue.unknownName", new Object[] { name },
				locale)));
		Integer decimals = null;
		BigDecimal tolerance = null;
		EntryChecks checks = null;
		try {
			decimals = form.decimals() == null || form.decimals().isBlank() ? 0 : Integer.valueOf(form.decimals().strip());
			tolerance = form.tolerance() == null || form.tolerance().isBlank() ? BigDecimal.ZERO
					: this.format.parse(form.tolerance()).movePointLeft(2);
			checks = new EntryChecks(optionalNumber(form.min()), optionalNumber(form.max()), form.wholeNumber(),
					form.negativeAllowed(), form.enteredAt());
		}
		catch (NumberFormatException ex) {
			errors.add(this.messages.getMessage("catalogue.number", null, locale));
		}
		Optional<IndicatorEntry> existing = this.metadata.exportDocument()
			.indicators()
			.stream()
			.filter(indicator -> indicator.code().equals(form.code()))
			.findFirst();
		if (creating && existing.isPresent()) {
			errors.add(this.messages.getMessage("catalogue.codeTaken", new Object[] { form.code() }, locale));
		}
		if (errors.isEmpty()) {
			try {
				this.editing.saveIndicator(user, form.entry(formula, decimals, tolerance, checks,
						existing.map(IndicatorEntry::projectSource).orElse(null)));
				redirect.addFlashAttribute("saved", form.code());
				return "redirect:/catalogue";
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.messages(this.messages, locale));
			}
		}
		model.addAttribute("errors", errors);
		return indicatorForm(model, form, creating);
	}

	private BigDecimal optionalNumber(String text) {
		return text == null || text.isBlank() ? null : this.format.parse(text);
	}

	/** The htmx check of the formula as it is typed, with its value at the chosen unit and month. */
	@PostMapping("/catalogue/indicators/formula")
	String checkFormula(IndicatorForm form, Model model, Locale locale) {
		List<String> unknown = new ArrayList<>();
		String text = blankToNull(form.formula());
		model.addAttribute("empty", text == null);
		if (text != null) {
			String formula = FormulaNames.toCodes(text, names(), unknown);
			if (!unknown.isEmpty()) {
				model.addAttribute("problem", this.messages.getMessage("catalogue.unknownName",
						new Object[] { String.join(", ", unknown) }, locale));
			}
			else {
				try {
					Formula parsed = Formula.parse(formula);
					model.addAttribute("components", parsed.components());
					previewValue(parsed, form).ifPresent(value -> model.addAttribute("value", value));
				}
				catch (IllegalArgumentException ex) {
					model.addAttribute("problem", this.messages.getMessage("catalogue.formulaInvalid", null, locale));
				}
			}
		}
		return "metadata/formula-check :: check";
	}

	private Optional<Preview> previewValue(Formula formula, IndicatorForm form) {
		Optional<OrgUnit> unit = Optional.ofNullable(blankToNull(form.previewUnit()))
			.flatMap(this.orgUnits::findByCode);
		if (unit.isEmpty() || blankToNull(form.previewMonth()) == null) {
			return Optional.empty();
		}
		YearMonth month;
		try {
			month = Periods.parseMonth(form.previewMonth().strip());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		TimeAggregation time = Arrays.stream(TimeAggregation.values())
			.filter(candidate -> candidate.name().equals(form.timeAggregation()))
			.findFirst()
			.orElse(TimeAggregation.SUM);
		int decimals = form.decimals() == null || !form.decimals().strip().matches("\\d") ? 2
				: Integer.parseInt(form.decimals().strip());
		BigDecimal value = this.progress.formulaToDate(formula, time, unit.get(), month);
		return Optional.of(new Preview(unit.get().name(), month.toString(),
				value == null ? null : this.format.number(value, decimals)));
	}

	@GetMapping("/catalogue/sectors")
	String sectors(Model model) {
		model.addAttribute("sectors", this.metadata.exportDocument().sectors());
		return "metadata/sectors";
	}

	@PostMapping("/catalogue/sectors")
	String saveSector(@AuthenticationPrincipal ChiTieuUser user, String code, String name, String nameEn,
			RedirectAttributes redirect, Locale locale) {
		return saved(redirect, locale, "/catalogue/sectors", code,
				() -> this.editing.saveSector(user, new SectorEntry(strip(code), strip(name), blankToNull(nameEn))));
	}

	@GetMapping("/catalogue/agencies")
	String agencies(Model model) {
		model.addAttribute("agencies", this.metadata.exportDocument().agencies());
		model.addAttribute("units", this.orgUnits.findAll());
		return "metadata/agencies";
	}

	@PostMapping("/catalogue/agencies")
	String saveAgency(@AuthenticationPrincipal ChiTieuUser user, String code, String name, String orgUnit,
			RedirectAttributes redirect, Locale locale) {
		Long unitId = this.orgUnits.findByCode(strip(orgUnit)).map(OrgUnit::id).orElse(null);
		return saved(redirect, locale, "/catalogue/agencies", code, () -> this.editing.saveAgency(user,
				new AgencyEntry(strip(code), strip(name), strip(orgUnit)), unitId));
	}

	@GetMapping("/catalogue/units")
	String units(Model model) {
		model.addAttribute("units", this.metadata.exportDocument().orgUnits());
		model.addAttribute("types", OrgUnitType.values());
		return "metadata/units";
	}

	@PostMapping("/catalogue/units")
	String saveUnit(@AuthenticationPrincipal ChiTieuUser user, String code, String name, String type, String parent,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect, Locale locale) {
		return saved(redirect, locale, "/catalogue/units", code, () -> this.editing.saveUnit(user,
				new OrgUnitEntry(strip(code), strip(name), strip(type), blankToNull(parent), validFrom, validTo)));
	}

	private String saved(RedirectAttributes redirect, Locale locale, String page, String code, Runnable save) {
		try {
			save.run();
			redirect.addFlashAttribute("saved", code);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", ex.messages(this.messages, locale));
		}
		return "redirect:" + page;
	}

	private String indicatorForm(Model model, IndicatorForm form, boolean creating) {
		MetadataDocument document = this.metadata.exportDocument();
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("sectors", document.sectors());
		model.addAttribute("agencies", document.agencies());
		model.addAttribute("units", this.orgUnits.findAll());
		model.addAttribute("kinds", IndicatorKind.values());
		model.addAttribute("timeAggregations", TimeAggregation.values());
		model.addAttribute("spaceAggregations", SpaceAggregation.values());
		model.addAttribute("polarities", Polarity.values());
		model.addAttribute("types", OrgUnitType.values());
		model.addAttribute("indicatorNames", names().values().stream().sorted().toList());
		return "metadata/indicator";
	}

	private Map<String, String> names() {
		return this.catalogue.findAll().stream().collect(Collectors.toMap(Indicator::code, Indicator::name));
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The formula's value at a unit and month, formatted; {@code value} null when it cannot be computed. */
	record Preview(String unit, String month, String value) {
	}

	/**
	 * The indicator form: the formula with components by name, the tolerance in percent; to add a field,
	 * add it here, in {@link #of} and {@link #entry}, and in the template.
	 */
	record IndicatorForm(String code, String name, String nameEn, String unit, String sector, String agency,
			String kind, String formula, String timeAggregation, String spaceAggregation, String polarity,
			String decimals, String tolerance, String min, String max, Boolean wholeNumber, Boolean negativeAllowed,
			List<String> enteredAt, String previewUnit, String previewMonth) {

		static IndicatorForm of(IndicatorEntry entry, String formulaWithNames, VietnameseFormat format) {
			EntryChecks checks = entry.entry() == null ? EntryChecks.NONE : entry.entry();
			return new IndicatorForm(entry.code(), entry.name(), entry.nameEn(), entry.unit(), entry.sector(),
					entry.agency(), entry.kind(), formulaWithNames, entry.timeAggregation(), entry.spaceAggregation(),
					entry.polarity(), String.valueOf(entry.decimals()),
					entry.tolerance() == null ? "0" : format.input(entry.tolerance().movePointRight(2)),
					checks.min() == null ? null : format.input(checks.min()),
					checks.max() == null ? null : format.input(checks.max()), checks.wholeNumber(),
					checks.negativeAllowed(), checks.enteredAt(), null, null);
		}

		IndicatorEntry entry(String formulaWithCodes, Integer decimals, BigDecimal tolerance, EntryChecks checks,
				MetadataDocument.ProjectSourceEntry projectSource) {
			return new IndicatorEntry(strip(this.code), strip(this.name), blankToNull(this.nameEn), strip(this.unit),
					blankToNull(this.sector), blankToNull(this.agency), this.kind, formulaWithCodes,
					this.timeAggregation, this.spaceAggregation, this.polarity, decimals, tolerance, projectSource,
					checks);
		}

	}

}

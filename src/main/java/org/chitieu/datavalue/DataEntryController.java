package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.plan.Plan;
import org.chitieu.plan.Plans;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.VietnameseFormat;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entry grid: a department's entered indicators × the months of a year at one org unit. Only
 * cells that changed are sent to {@link DataValueService#save}; a number that cannot be read, or a
 * row the service refuses, is reported next to its cell and nothing is saved.
 */
@Controller
@RequestMapping("/entry")
class DataEntryController {

	/** Form fields are named {@code v.CODE.MONTH} (value) and {@code c.CODE.MONTH} (explanation). */
	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)\\].*");

	private static final Pattern TYPED_NUMBER = Pattern.compile("[-+]?[0-9][0-9., \u00a0]*");

	private final DataValueService service;

	private final DataValues values;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final Plans plans;

	private final VietnameseFormat format;

	private final MessageSource messages;

	private final Clock clock;

	DataEntryController(DataValueService service, DataValues values, IndicatorCatalogue catalogue, OrgUnits orgUnits,
			Plans plans, VietnameseFormat format, MessageSource messages, Clock clock) {
		this.service = service;
		this.values = values;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.plans = plans;
		this.format = format;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String grid(@AuthenticationPrincipal ChiTieuUser user, EntryQuery query, Model model, Locale locale) {
		Scope scope = scope(user, query);
		show(scope, Map.of(), Map.of(), Map.of(), model, locale);
		return "datavalue/entry";
	}

	@PostMapping
	String save(@AuthenticationPrincipal ChiTieuUser user, EntryQuery query,
			@RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "draft") String action,
			Model model, RedirectAttributes redirect, Locale locale) {
		Scope scope = scope(user, query);
		boolean submit = "submit".equals(action);
		Map<String, Figure> stored = stored(scope);
		Map<String, String> texts = new HashMap<>();
		Map<String, String> comments = new HashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		List<DataValueRow> rows = new ArrayList<>();
		List<String> rowKeys = new ArrayList<>();
		for (Indicator indicator : scope.indicators()) {
			for (int month = 1; month <= 12; month++) {
				String key = indicator.code() + "." + month;
				if (!form.containsKey("v." + key)) {
					continue;
				}
				String text = Objects.toString(form.getFirst("v." + key), "").strip();
				String comment = blankToNull(form.getFirst("c." + key));
				texts.put(key, text);
				comments.put(key, Objects.toString(comment, ""));
				Figure figure = stored.getOrDefault(key, Figure.NONE);
				DataValue shown = figure.pending();
				if (text.isEmpty() && shown == null) {
					continue;
				}
				BigDecimal value = null;
				if (!text.isEmpty()) {
					try {
						value = parse(text);
					}
					catch (NumberFormatException ex) {
						errors.put(key, this.messages.getMessage("entry.notANumber", null, locale));
						continue;
					}
				}
				boolean changed = shown == null || !sameValue(shown.value(), value)
						|| !Objects.equals(shown.comment(), comment);
				// a draft or a returned figure goes for approval with the next submission even unchanged
				boolean pending = figure.revision() != null && submit
						&& figure.revision().status() != DataValueStatus.SUBMITTED;
				if (changed || pending) {
					rows.add(new DataValueRow(indicator.code(), scope.unit().code(),
							YearMonth.of(scope.year(), month).toString(), value, comment));
					rowKeys.add(key);
				}
			}
		}
		if (errors.isEmpty() && !rows.isEmpty()) {
			try {
				int saved = this.service.save(user, rows, submit);
				redirect.addFlashAttribute("success", this.messages
					.getMessage(submit ? "entry.submitted" : "entry.saved", new Object[] { saved }, locale));
				return redirect(scope);
			}
			catch (InvalidInputException ex) {
				for (InputError error : ex.errors()) {
					String message = this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale);
					Matcher row = ROW_FIELD.matcher(error.field());
					errors.merge(row.matches() ? rowKeys.get(Integer.parseInt(row.group(1))) : "", message,
							(a, b) -> a + " " + b);
				}
			}
		}
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("info", this.messages.getMessage("entry.nothingChanged", null, locale));
			return redirect(scope);
		}
		model.addAttribute("error", this.messages.getMessage("entry.hasErrors", null, locale));
		show(scope, texts, comments, errors, model, locale);
		return "datavalue/entry";
	}

	private void show(Scope scope, Map<String, String> texts, Map<String, String> comments,
			Map<String, String> errors, Model model, Locale locale) {
		Map<String, Figure> stored = stored(scope);
		Map<FigureKey, BigDecimal> counted = this.values.countedAround(
				scope.indicators().stream().map(Indicator::id).toList(), scope.unit().id(), scope.year());
		// the picker offers every unit valid in some month of the year; a month outside its life says so
		List<String> closedBy = IntStream.rangeClosed(1, 12)
			.mapToObj(month -> !DataValueService.touches(scope.unit(), YearMonth.of(scope.year(), month))
					? "entry.outsideUnit" : this.values.isLocked(scope.unit().id(), scope.year(), month) ? "entry.locked" : null)
			.toList();
		List<GridRow> rows = scope.indicators().stream().map(indicator -> {
			List<Cell> cells = IntStream.rangeClosed(1, 12).mapToObj(month -> {
				String key = indicator.code() + "." + month;
				Figure figure = stored.getOrDefault(key, Figure.NONE);
				DataValue shown = figure.pending();
				YearMonth period = YearMonth.of(scope.year(), month);
				boolean outlier = shown != null && shown.value() != null && Outliers.far(shown.value(),
						counted.get(FigureKey.of(indicator.id(), scope.unit().id(), period.minusMonths(1))),
						counted.get(FigureKey.of(indicator.id(), scope.unit().id(), period.minusYears(1))));
				return new Cell(key, month,
						texts.containsKey(key) ? texts.get(key) : text(shown == null ? null : shown.value()),
						comments.containsKey(key) ? comments.get(key) : (shown == null ? null : shown.comment()),
						figure.counted() == null ? null : figure.counted().status(),
						figure.revision() == null ? null : figure.revision().status(),
						figure.revision() != null && figure.counted() != null
								? text(figure.counted().value()) : null,
						figure.revision() == null ? null : figure.revision().returnReason(), outlier, errors.get(key),
						closedBy.get(month - 1));
			}).toList();
			return new GridRow(indicator.code(), indicator.name(locale.getLanguage()), indicator.unit(), cells);
		}).toList();
		model.addAttribute("scope", scope);
		model.addAttribute("rows", rows);
		model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
		model.addAttribute("generalError", errors.get(""));
	}

	/** A saved value as the grid shows it, the Vietnamese way and unrounded: 3.180; 84,3. */
	private String text(BigDecimal value) {
		return (value == null) ? "" : this.format.number(value, Math.max(value.stripTrailingZeros().scale(), 0));
	}

	/** Reads a typed number; digits other than 0–9 (Arabic-Indic, full width) are not a number. */
	private BigDecimal parse(String text) {
		if (!TYPED_NUMBER.matcher(text).matches()) {
			throw new NumberFormatException(text);
		}
		return this.format.parse(text);
	}

	private static boolean sameValue(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private Map<String, Figure> stored(Scope scope) {
		Map<Long, Indicator> byId = scope.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		Map<String, Figure> stored = new HashMap<>();
		this.values.figures(byId.keySet(), List.of(scope.unit().id()), scope.year(), null)
			.forEach((key, figure) -> stored.put(byId.get(key.indicatorId()).code() + "." + key.month(), figure));
		return stored;
	}

	/** Who may enter what: a reporter or head for their own agency, an ADMIN for any agency they pick. */
	private Scope scope(ChiTieuUser user, EntryQuery query) {
		if (!user.is(Role.REPORTER) && !user.is(Role.AGENCY_HEAD) && !user.is(Role.ADMIN)) {
			throw new AccessDeniedException("data entry is for reporters, agency heads and administrators");
		}
		List<Agency> allAgencies = this.orgUnits.findAgencies();
		List<Indicator> raw = this.catalogue.findAll().stream().filter(Indicator::entered).toList();
		List<Agency> agencies = user.is(Role.ADMIN)
				? allAgencies.stream().filter(agency -> raw.stream().anyMatch(i -> Objects.equals(i.agencyId(), agency.id()))).toList()
				: allAgencies.stream().filter(agency -> Objects.equals(agency.id(), user.agencyId())).toList();
		Agency agency = agencies.stream()
			.filter(candidate -> query.agency() == null || query.agency().isBlank()
					|| candidate.code().equals(query.agency()))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("no agency to enter data for"));
		int year = (query.year() != null) ? query.year()
				: this.plans.findAll().stream().map(Plan::year).findFirst().orElse(LocalDate.now(this.clock).getYear());
		List<OrgUnit> units = ((user.orgUnitId() == null) ? this.orgUnits.findAll()
				: this.orgUnits.subtree(user.orgUnitId()))
			.stream()
			.filter(unit -> unit.validIn(year))
			.toList();
		long defaultUnit = (user.orgUnitId() != null) ? user.orgUnitId() : agency.orgUnitId();
		OrgUnit unit = units.stream()
			.filter(candidate -> (query.orgUnit() == null || query.orgUnit().isBlank())
					? candidate.id() == defaultUnit : candidate.code().equals(query.orgUnit()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such unit in the user's scope"));
		List<Indicator> indicators = raw.stream()
			.filter(indicator -> Objects.equals(indicator.agencyId(), agency.id())
					&& indicator.entryChecks().enteredAt(unit.type()))
			.toList();
		return new Scope(agency, agencies, unit, units, year, indicators);
	}

	private static String redirect(Scope scope) {
		return "redirect:/entry?orgUnit=" + scope.unit().code() + "&year=" + scope.year() + "&agency="
				+ scope.agency().code();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The grid's query: all optional; {@code agency} is for an ADMIN. */
	record EntryQuery(String orgUnit, Integer year, String agency) {
	}

	record Scope(Agency agency, List<Agency> agencies, OrgUnit unit, List<OrgUnit> units, int year,
			List<Indicator> indicators) {
	}

	record GridRow(String code, String name, String unit, List<Cell> cells) {
	}

	/**
	 * One month of one indicator: what the input shows (the pending revision, else the counted value), the
	 * counted value's status, the revision's status, the counted value a revision would replace, the return
	 * reason, whether the value is far from its references, any error, and whether the month is closed.
	 */
	record Cell(String key, int month, String text, String comment, DataValueStatus counted,
			DataValueStatus revision, String replaces, String returnReason, boolean outlier, String error,
			String closedBy) {

		/** Closed by the month's lock or because the unit did not exist that month ({@code closedBy} its message). */
		public boolean closed() {
			return this.closedBy != null;
		}

	}

}

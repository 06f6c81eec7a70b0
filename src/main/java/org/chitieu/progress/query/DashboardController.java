package org.chitieu.progress.query;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.indicator.Sector;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;
import org.chitieu.period.Periods;
import org.chitieu.progress.Status;
import org.chitieu.security.ChiTieuUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The dashboard: how many of the plan's targets are on schedule at a month, and each target by
 * sector. Filters answer htmx requests with the content alone and plain requests with the page.
 */
@Controller
class DashboardController {

	private final ProgressService progress;

	private final PageScope scope;

	private final IndicatorCatalogue catalogue;

	private final Formation formation;

	DashboardController(ProgressService progress, PageScope scope, IndicatorCatalogue catalogue, Formation formation) {
		this.formation = formation;
		this.progress = progress;
		this.scope = scope;
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/dashboard";
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal ChiTieuUser user, DashboardFilter filter,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Locale locale, Model model) {
		OrgUnit unit = this.scope.unit(user, filter.orgUnit());
		Period chosen;
		if (filter.period() == null || filter.period().isBlank()) {
			// the page says which month it opened on, and why
			PageScope.DefaultMonth opened = this.scope.defaultMonth(unit);
			model.addAttribute("defaultMonth", opened);
			chosen = Period.month(opened.month());
		}
		else {
			chosen = this.scope.reportingPeriod(unit, filter.period());
		}
		YearMonth period = chosen.last();
		List<Sector> sectors = this.catalogue.findSectors();
		model.addAttribute("unit", unit);
		model.addAttribute("period", chosen.key());
		model.addAttribute("periods", Periods.ofYear(period.getYear()));
		model.addAttribute("year", period.getYear());
		model.addAttribute("month", period.getMonthValue());
		model.addAttribute("filter", filter);
		model.addAttribute("units", this.scope.choices(user, period.getYear()));
		model.addAttribute("sectors", sectors.stream().map(sector -> new SectorName(sector.code(), name(sector, locale))).toList());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("formation", this.formation.of(unit, period, locale).map(Formation.Note::text).orElse(null));
		if (this.scope.plan(unit, period.getYear()).isPresent()) {
			ProgressReport report = this.progress.report(unit, chosen);
			model.addAttribute("report", report);
			model.addAttribute("counts", counts(report));
			model.addAttribute("groups", groups(report, filter, sectors, locale));
		}
		return htmx ? "progress/dashboard :: content" : "progress/dashboard";
	}

	/** The plan's targets under their sectors, as the filter keeps them (the page and its spreadsheet). */
	static List<SectorGroup> groups(ProgressReport report, DashboardFilter filter, List<Sector> sectors,
			Locale locale) {
		Map<String, List<IndicatorProgress>> bySector = report.indicators()
			.stream()
			.filter(indicator -> filter.sector() == null || filter.sector().isBlank()
					|| filter.sector().equals(indicator.sector()))
			.filter(indicator -> filter.status() == null || filter.status() == indicator.status())
			.collect(Collectors.groupingBy(indicator -> String.valueOf(indicator.sector())));
		Map<String, Sector> byCode = sectors.stream().collect(Collectors.toMap(Sector::code, Function.identity()));
		List<SectorGroup> groups = sectors.stream()
			.filter(sector -> bySector.containsKey(sector.code()))
			.map(sector -> new SectorGroup(name(sector, locale), bySector.get(sector.code())))
			.collect(Collectors.toList());
		// indicators without a known sector come last, under no heading
		bySector.entrySet()
			.stream()
			.filter(entry -> !byCode.containsKey(entry.getKey()))
			.forEach(entry -> groups.add(new SectorGroup("", entry.getValue())));
		return groups;
	}

	private static List<StatusCount> counts(ProgressReport report) {
		return Arrays.stream(Status.values())
			.map(status -> new StatusCount(status,
					report.indicators().stream().filter(indicator -> indicator.status() == status).count()))
			.toList();
	}

	private static String name(Sector sector, Locale locale) {
		return "en".equals(locale.getLanguage()) && sector.nameEn() != null ? sector.nameEn() : sector.name();
	}

	/** The dashboard's query: all optional. */
	record DashboardFilter(String orgUnit, String period, String sector, Status status) {
	}

	record SectorName(String code, String name) {
	}

	record SectorGroup(String name, List<IndicatorProgress> indicators) {
	}

	record StatusCount(Status status, long count) {
	}

}

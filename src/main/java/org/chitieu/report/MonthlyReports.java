package org.chitieu.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.Sector;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.DateRange;
import org.chitieu.period.ReportingWindow;
import org.chitieu.progress.Status;
import org.chitieu.progress.query.IndicatorProgress;
import org.chitieu.progress.query.ProgressReport;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.report.MonthlyReport.Figure;

import org.chitieu.project.ProjectProgress;
import org.chitieu.project.ProjectStatus;
import org.chitieu.project.ProjectViews.ProjectSummary;
import org.chitieu.task.TaskOversight;
import org.chitieu.task.TaskView;
import org.chitieu.web.VietnameseFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the monthly report of an org unit from the progress of its plan and the office's settings:
 * every figure is rounded and every sentence worded here, once, for all formats.
 */
@Service
class MonthlyReports {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int PERCENT_DECIMALS = 2;

	private static final String PERCENT_UNIT = "%";

	private final ProgressService progress;

	private final ReportSettingsStore settings;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final VietnameseFormat format;

	private final TaskOversight tasks;

	private final ProjectProgress projects;

	private final MessageSource messages;

	MonthlyReports(ProgressService progress, ReportSettingsStore settings, IndicatorCatalogue catalogue,
			OrgUnits orgUnits, VietnameseFormat format, TaskOversight tasks, ProjectProgress projects,
			MessageSource messages) {
		this.progress = progress;
		this.projects = projects;
		this.tasks = tasks;
		this.settings = settings;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.format = format;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	MonthlyReport build(OrgUnit unit, YearMonth period, Locale locale) {
		ProgressReport report = this.progress.report(unit, period);
		ReportSettings settings = this.settings.find(unit, period);
		Writer writer = new Writer(locale, this.format);
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Map<String, Sector> sectors = this.catalogue.findSectors()
			.stream()
			.collect(Collectors.toMap(Sector::code, Function.identity(), (first, second) -> first, LinkedHashMap::new));
		Map<String, List<IndicatorProgress>> bySector = bySector(report.indicators(), sectors);

		// a blank number is left for the clerk to write in when the report is registered
		String numberOnly = settings.number().isBlank() ? writer.text("report.blankNumber") : settings.number();
		String number = writer.text("report.number", numberOnly);
		String monthOfYear = ReportDates.monthOfYear(period, locale);
		DateRange window = new ReportingWindow(settings.periodConvention()).month(period);
		MonthlyReport.Header header = new MonthlyReport.Header(
				List.of(writer.text("report.committee"), issuingUnit(unit, writer).toUpperCase(ReportLanguage.VIETNAMESE)),
				number, writer.text("report.nation"), writer.text("report.motto"),
				writer.text("report.placeAndDate", settings.placeName(), ReportDates.longDate(settings.reportDate(), locale)));

		List<MonthlyReport.Section> sections = List.of(
				results(report, unit, period, bySector, sectors, indicators, writer),
				shortcomings(report, unit, period, indicators, writer),
				tasks(unit, settings, period, writer));
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < settings.recipients().size(); i++) {
			boolean last = i == settings.recipients().size() - 1;
			recipients.add(writer.text(last ? "report.lastRecipient" : "report.recipient", settings.recipients().get(i)));
		}
		MonthlyReport.Closing closing = new MonthlyReport.Closing(writer.text("report.recipients"), recipients,
				List.of(writer.text("report.signer." + settings.signer().name()).split("\n")), settings.signerName());
		String issuer = issuingUnit(unit, writer);
		MonthlyReport.Annex annex = new MonthlyReport.Annex(writer.text("report.annex.title"),
				writer.text("report.annex.subtitle", monthOfYear.toUpperCase(locale)),
				writer.text("report.annex.reference", numberOnly, ReportDates.longDate(settings.reportDate(), locale),
						ReportLanguage.english(locale) ? issuer
								: issuer.substring(0, 1).toLowerCase(locale) + issuer.substring(1)),
				writer.text("report.annex.sheet"), annexColumns(period, writer), annexGroups(bySector, sectors, writer));
		return new MonthlyReport(locale.getLanguage(), header, writer.text("report.title"),
				writer.text("report.summary", monthOfYear),
				writer.text("report.dataWindow", ReportDates.shortDate(window.from()), ReportDates.shortDate(window.to())),
				sections, closing, annex);
	}

	/** "Huyện Cần Đước": the unit's name, with its type in front when the name lacks it. */
	private static String issuingUnit(OrgUnit unit, Writer writer) {
		String type = writer.text("report.unitType." + unit.type().name());
		return unit.name().toLowerCase(ReportLanguage.VIETNAMESE).startsWith(type.toLowerCase(ReportLanguage.VIETNAMESE))
				? unit.name() : type + " " + unit.name();
	}

	/** The plan's indicators by sector, sectors in the catalogue's order, indicators without one last. */
	private static Map<String, List<IndicatorProgress>> bySector(List<IndicatorProgress> indicators,
			Map<String, Sector> sectors) {
		Map<String, List<IndicatorProgress>> bySector = new LinkedHashMap<>();
		sectors.keySet().forEach(code -> bySector.put(code, new ArrayList<>()));
		for (IndicatorProgress indicator : indicators) {
			String sector = indicator.sector() != null && sectors.containsKey(indicator.sector()) ? indicator.sector()
					: null;
			bySector.computeIfAbsent(sector, code -> new ArrayList<>()).add(indicator);
		}
		bySector.values().removeIf(List::isEmpty);
		return bySector;
	}

	private static String sectorName(String code, Map<String, Sector> sectors, Writer writer) {
		Sector sector = code == null ? null : sectors.get(code);
		if (sector == null) {
			return writer.text("report.otherSector");
		}
		return writer.english() && sector.nameEn() != null && !sector.nameEn().isBlank() ? sector.nameEn()
				: sector.name();
	}

	private MonthlyReport.Section results(ProgressReport report, OrgUnit unit, YearMonth period,
			Map<String, List<IndicatorProgress>> bySector,
			Map<String, Sector> sectors, Map<String, Indicator> indicators, Writer writer) {
		List<MonthlyReport.Part> parts = new ArrayList<>();
		List<String> headline = new ArrayList<>(
				List.of(writer.text("report.headline", report.summary().onTrack(), report.summary().total())));
		// the plan version in force at the end of the month, by the resolution that issued it
		if (report.resolution() != null) {
			headline.add(writer.text("report.planResolution", report.resolution()));
		}
		parts.add(new MonthlyReport.Part(null, headline));
		int number = 0;
		for (Map.Entry<String, List<IndicatorProgress>> sector : bySector.entrySet()) {
			List<String> sentences = sector.getValue()
				.stream()
				.filter(indicator -> indicator.actual() != null)
				.map(indicator -> writer.result(indicator, lower(indicators.get(indicator.code()))))
				.toList();
			if (!sentences.isEmpty()) {
				parts.add(new MonthlyReport.Part(
						writer.text("report.sector", ++number, sectorName(sector.getKey(), sectors, writer)), sentences));
			}
		}
		List<String> projects = this.projects.within(unit, period, writer.locale())
			.stream()
			.filter(project -> project.capitalPlan() != null)
			.map(writer::project)
			.toList();
		if (!projects.isEmpty()) {
			parts.add(new MonthlyReport.Part(writer.text("report.projects", ++number), projects));
		}
		return new MonthlyReport.Section(writer.text("report.results"), parts);
	}

	private MonthlyReport.Section shortcomings(ProgressReport report, OrgUnit unit, YearMonth period,
			Map<String, Indicator> indicators, Writer writer) {
		Map<Long, String> agencies = this.orgUnits.findAgencies()
			.stream()
			.collect(Collectors.toMap(Agency::id, Agency::name));
		List<String> paragraphs = new ArrayList<>();
		for (IndicatorProgress behind : report.indicators()) {
			if (behind.status() != Status.BEHIND) {
				continue;
			}
			Indicator indicator = indicators.get(behind.code());
			paragraphs.add(writer.gap(behind, lower(indicator)));
			String agency = indicator == null || indicator.agencyId() == null ? null : agencies.get(indicator.agencyId());
			paragraphs.add(Optional.ofNullable(behind.explanation())
				.map(text -> agency == null ? writer.text("report.explanationUnknownAgency", trimStop(text))
						: writer.text("report.explanation", agency, trimStop(text)))
				.orElseGet(() -> writer.text("report.explanationMissing")));
		}
		if (paragraphs.isEmpty()) {
			paragraphs.add(writer.text("report.noShortcomings"));
		}
		return new MonthlyReport.Section(writer.text("report.shortcomings"), List.of(new MonthlyReport.Part(null, paragraphs)));
	}

	private static String trimStop(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	private static boolean lower(Indicator indicator) {
		return indicator != null && indicator.polarity() == Polarity.LOWER;
	}

	/**
	 * Part III: the directives still open that had been assigned by the report's date (the chairman's
	 * conclusions of earlier meetings), then what the office added by hand.
	 */
	private MonthlyReport.Section tasks(OrgUnit unit, ReportSettings settings, YearMonth period, Writer writer) {
		String next = ReportDates.monthOfYear(period.plusMonths(1), writer.locale()).toUpperCase(writer.locale());
		List<String> lines = new ArrayList<>();
		for (TaskView task : this.tasks.openTasksForNextMonth(unit.id(), period)) {
			if (!task.assignedOn().isAfter(settings.reportDate())) {
				lines.add(writer.text("report.directive", trimStop(task.title()), task.leadAgencyName(),
						ReportDates.shortDate(task.dueOn())));
			}
		}
		lines.addAll(settings.tasks());
		List<String> tasks = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			tasks.add(writer.text("report.task", i + 1, lines.get(i)));
		}
		if (tasks.isEmpty()) {
			tasks.add(writer.text("report.noTasks"));
		}
		return new MonthlyReport.Section(writer.text("report.tasks", next), List.of(new MonthlyReport.Part(null, tasks)));
	}

	private static List<String> annexColumns(YearMonth period, Writer writer) {
		return List.of(writer.text("report.annex.number"), writer.text("report.annex.indicator"),
				writer.text("report.annex.unit"), writer.text("report.annex.target"),
				writer.text("report.annex.actual", ReportDates.monthOfYear(period, writer.locale())),
				writer.text("report.annex.percentOfPlan"), writer.text("report.annex.lastYear"),
				writer.text("report.annex.delta"), writer.text("report.annex.status"));
	}

	private static List<MonthlyReport.AnnexGroup> annexGroups(Map<String, List<IndicatorProgress>> bySector,
			Map<String, Sector> sectors, Writer writer) {
		List<MonthlyReport.AnnexGroup> groups = new ArrayList<>();
		int number = 0;
		for (Map.Entry<String, List<IndicatorProgress>> sector : bySector.entrySet()) {
			List<MonthlyReport.AnnexRow> rows = new ArrayList<>();
			for (IndicatorProgress indicator : sector.getValue()) {
				int decimals = indicator.decimals();
				List<Figure> figures = List.of(writer.figure(indicator.target(), decimals, Figure.Kind.PLAIN),
						writer.figure(indicator.actual(), decimals, Figure.Kind.PLAIN),
						writer.figure(fraction(indicator.percentOfPlan()), PERCENT_DECIMALS, Figure.Kind.PERCENT),
						writer.figure(indicator.lastYear(), decimals, Figure.Kind.PLAIN),
						writer.figure(indicator.delta(), decimals, Figure.Kind.SIGNED));
				rows.add(new MonthlyReport.AnnexRow(++number, writer.name(indicator), indicator.unit(), figures,
						indicator.status(), writer.text("report.status." + indicator.status().name())));
			}
			groups.add(new MonthlyReport.AnnexGroup(sectorName(sector.getKey(), sectors, writer), rows));
		}
		return groups;
	}

	private static BigDecimal fraction(BigDecimal percent) {
		return percent == null ? null : percent.divide(HUNDRED, MathContext.DECIMAL64);
	}

	/** Words and numbers in one language. */
	private final class Writer {

		private final Locale locale;

		private final VietnameseFormat numbers;

		Writer(Locale locale, VietnameseFormat numbers) {
			this.locale = locale;
			this.numbers = numbers;
		}

		Locale locale() {
			return this.locale;
		}

		boolean english() {
			return ReportLanguage.english(this.locale);
		}

		String text(String key, Object... arguments) {
			return MonthlyReports.this.messages.getMessage(key, arguments, this.locale);
		}

		String name(IndicatorProgress indicator) {
			return english() && indicator.nameEn() != null && !indicator.nameEn().isBlank() ? indicator.nameEn()
					: indicator.name();
		}

		/** "51.587 tấn", "98,98%", "7 lớp". */
		String quantity(BigDecimal value, int decimals, String unit) {
			String number = this.numbers.number(value, decimals, this.locale);
			if (unit == null || unit.isBlank()) {
				return number;
			}
			return PERCENT_UNIT.equals(unit) ? number + unit : number + " " + unit;
		}

		String percent(BigDecimal value) {
			return this.numbers.number(value, PERCENT_DECIMALS, this.locale) + PERCENT_UNIT;
		}

		/**
		 * "Sản lượng lúa đạt 51.587 tấn, đạt 57,32% kế hoạch năm, tăng 9.087 tấn (+21,38%) so với cùng kỳ."
		 * Each clause only when its figure exists; a rate's change is in percentage points.
		 */
		String result(IndicatorProgress indicator, boolean lower) {
			int decimals = indicator.decimals();
			StringBuilder sentence = new StringBuilder(
					text("report.sentence.actual", name(indicator), quantity(indicator.actual(), decimals, indicator.unit())));
			if (lower && indicator.target() != null) {
				sentence.append(text("report.sentence.ceiling", quantity(indicator.target(), decimals, indicator.unit())));
			}
			else if (indicator.percentOfPlan() != null) {
				sentence.append(text("report.sentence.ofPlan", percent(indicator.percentOfPlan())));
			}
			if (indicator.delta() != null) {
				BigDecimal delta = VietnameseFormat.round(indicator.delta(), decimals);
				boolean rate = PERCENT_UNIT.equals(indicator.unit());
				String amount = rate ? this.numbers.number(delta.abs(), decimals, this.locale) + " " + text("report.points")
						: quantity(delta.abs(), decimals, indicator.unit());
				String direction = delta.signum() > 0 ? "up" : "down";
				if (delta.signum() == 0) {
					sentence.append(text("report.sentence.same"));
				}
				else if (!rate && indicator.deltaPercent() != null) {
					sentence.append(text("report.sentence." + direction + "Percent", amount,
							this.numbers.signed(indicator.deltaPercent(), PERCENT_DECIMALS, this.locale) + PERCENT_UNIT));
				}
				else {
					sentence.append(text("report.sentence." + direction, amount));
				}
			}
			return sentence.append(text("report.sentence.end")).toString();
		}

		/**
		 * "Đường Vành đai ... (Ban Quản lý dự án ...): kế hoạch vốn năm 85 tỷ đồng, đã giải ngân 13,5 tỷ
		 * đồng, đạt 15,88% kế hoạch vốn; chậm tiến độ: ..." with the status's reasons (which say how far
		 * disbursement is from its schedule and which milestone slipped).
		 */
		String project(ProjectSummary project) {
			String billion = text("report.project.unit");
			String disbursed = project.disbursed() == null ? quantity(BigDecimal.ZERO, 0, billion)
					: quantity(project.disbursed(), 3, billion);
			StringBuilder sentence = new StringBuilder(text("report.project", project.name(), project.investorName(),
					quantity(project.capitalPlan(), 3, billion), disbursed));
			if (project.disbursementRate() != null) {
				sentence.append(text("report.project.rate", percent(project.disbursementRate())));
			}
			sentence.append(text("report.project.status", text("report.project.status." + project.status().name())));
			// a project on schedule needs no explanation; one at risk or behind says why
			String reasons = project.status() == ProjectStatus.ON_TRACK ? "" : project.reasons()
				.stream()
				.map(reason -> trimStop(reason.message()))
				.collect(Collectors.joining("; "));
			if (!reasons.isEmpty()) {
				sentence.append(": ").append(reasons);
			}
			return sentence.append(text("report.sentence.end")).toString();
		}

		/** "Tổng thu ngân sách ... đạt 214,600 tỷ đồng, thấp hơn kế hoạch tiến độ 43,700 tỷ đồng (...)." */
		String gap(IndicatorProgress indicator, boolean lower) {
			int decimals = indicator.decimals();
			String actual = quantity(indicator.actual(), decimals, indicator.unit());
			if (indicator.expected() == null) {
				return text("report.sentence.actual", name(indicator), actual) + text("report.sentence.end");
			}
			return text(lower ? "report.behindLower" : "report.behind", name(indicator), actual,
					quantity(indicator.actual().subtract(indicator.expected()).abs(), decimals, indicator.unit()),
					quantity(indicator.expected(), decimals, indicator.unit()));
		}

		Figure figure(BigDecimal value, int decimals, Figure.Kind kind) {
			if (value == null) {
				return new Figure(null, decimals, kind, text("report.missing"));
			}
			return switch (kind) {
				case PLAIN -> new Figure(VietnameseFormat.round(value, decimals), decimals, kind,
						this.numbers.number(value, decimals, this.locale));
				case SIGNED -> new Figure(VietnameseFormat.round(value, decimals), decimals, kind,
						this.numbers.signed(value, decimals, this.locale));
				case PERCENT -> new Figure(VietnameseFormat.round(value, decimals + 2), decimals, kind,
						percent(value.multiply(HUNDRED)));
			};
		}

	}

}

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
import org.chitieu.indicator.TimeAggregation;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.DateRange;
import org.chitieu.period.Period;
import org.chitieu.period.ReportingWindow;
import org.chitieu.progress.Status;
import org.chitieu.progress.query.IndicatorProgress;
import org.chitieu.progress.query.ProgressReport;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.report.ReportDocument.Figure;

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
 * Writes the report of an org unit for a month, quarter, half-year, nine months or the year from the
 * progress of its plan and the office's settings:
 * every figure is rounded and every sentence worded here, once, for all formats.
 */
@Service
class ReportWriter {

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

	ReportWriter(ProgressService progress, ReportSettingsStore settings, IndicatorCatalogue catalogue,
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

	/** The monthly report of {@code month}. */
	ReportDocument build(OrgUnit unit, YearMonth month, Locale locale) {
		return build(unit, Period.month(month), locale);
	}

	/**
	 * The report of any period: the year to date at its last month, each flow's figure of the period
	 * itself (the year to date less that of the month before the period), the period's window.
	 */
	@Transactional(readOnly = true)
	ReportDocument build(OrgUnit unit, Period period, Locale locale) {
		YearMonth last = period.last();
		ProgressReport report = this.progress.report(unit, last);
		Map<String, BigDecimal> before = period.fromJanuary() ? Map.of()
				: this.progress.report(unit, period.first().minusMonths(1))
					.indicators()
					.stream()
					.filter(indicator -> indicator.actual() != null)
					.collect(Collectors.toMap(IndicatorProgress::code, IndicatorProgress::actual));
		ReportSettings settings = this.settings.find(unit, period);
		Writer writer = new Writer(locale, this.format, period);
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Map<String, Sector> sectors = this.catalogue.findSectors()
			.stream()
			.collect(Collectors.toMap(Sector::code, Function.identity(), (first, second) -> first, LinkedHashMap::new));
		List<Line> lines = report.indicators()
			.stream()
			.map(progress -> Line.of(progress, indicators.get(progress.code()), before))
			.toList();
		Map<String, List<Line>> bySector = bySector(lines, sectors);

		// a blank number is left for the clerk to write in when the report is registered
		String numberOnly = settings.number().isBlank() ? writer.text("report.blankNumber") : settings.number();
		String periodName = ReportDates.periodName(period, locale);
		DateRange window = new ReportingWindow(settings.periodConvention()).of(period);
		ReportDocument.Header header = Letterhead.header(unit, numberOnly, settings.placeName(), settings.reportDate(),
				this.messages, locale);

		List<ReportDocument.Section> sections = List.of(
				results(report, unit, last, bySector, sectors, settings, writer),
				shortcomings(lines, settings, writer),
				tasks(unit, settings, period, writer));
		ReportDocument.Closing closing = Letterhead.closing(settings.recipients(),
				writer.text("report.signer." + settings.signer().name()), settings.signerName(), this.messages, locale);
		String issuer = Letterhead.issuingUnit(unit, this.messages, locale);
		ReportDocument.Annex annex = new ReportDocument.Annex(writer.text("report.annex.title"),
				writer.text("report.annex.subtitle", periodName.toUpperCase(locale)),
				writer.text("report.annex.reference", numberOnly, ReportDates.longDate(settings.reportDate(), locale),
						ReportLanguage.english(locale) ? issuer
								: issuer.substring(0, 1).toLowerCase(locale) + issuer.substring(1)),
				writer.text("report.annex.sheet"), annexColumns(period, writer), annexGroups(bySector, sectors, writer));
		return new ReportDocument(locale.getLanguage(), header, writer.text("report.title"),
				writer.text("report.summary", periodName),
				writer.text("report.dataWindow", ReportDates.shortDate(window.from()), ReportDates.shortDate(window.to())),
				sections, closing, annex);
	}

	/**
	 * One target as the report words it: its progress, whether it is a flow (summed over months, so that
	 * the period has a figure of its own) and whether lower is better.
	 */
	private record Line(IndicatorProgress progress, boolean flow, boolean lower, BigDecimal tolerance,
			BigDecimal own) {

		static Line of(IndicatorProgress progress, Indicator indicator, Map<String, BigDecimal> before) {
			boolean flow = indicator == null || indicator.timeAggregation() == TimeAggregation.SUM;
			BigDecimal actual = progress.actual();
			BigDecimal own = actual == null ? null
					: flow ? actual.subtract(before.getOrDefault(progress.code(), BigDecimal.ZERO)) : actual;
			return new Line(progress, flow, indicator != null && indicator.polarity() == Polarity.LOWER,
					indicator == null || indicator.tolerance() == null ? BigDecimal.ZERO : indicator.tolerance(), own);
		}

		boolean onSchedule() {
			return this.progress.status().onSchedule();
		}

		/** On schedule only thanks to the tolerance: short of (or, lower being better, above) the plan to date. */
		boolean withinTolerance() {
			IndicatorProgress p = this.progress;
			if (p.status() != Status.ON_TRACK || this.tolerance.signum() == 0 || p.expected() == null || p.actual() == null) {
				return false;
			}
			int versus = p.actual().compareTo(p.expected());
			return this.lower ? versus > 0 : versus < 0;
		}

		/** 100·A/L: the year to date against the same period last year. */
		BigDecimal percentOfLastYear() {
			return this.progress.deltaPercent() == null ? null : this.progress.deltaPercent().add(HUNDRED);
		}

	}

	/** The plan's indicators by sector, sectors in the catalogue's order, indicators without one last. */
	private static Map<String, List<Line>> bySector(List<Line> lines, Map<String, Sector> sectors) {
		Map<String, List<Line>> bySector = new LinkedHashMap<>();
		sectors.keySet().forEach(code -> bySector.put(code, new ArrayList<>()));
		for (Line line : lines) {
			String code = line.progress().sector();
			String sector = code != null && sectors.containsKey(code) ? code : null;
			bySector.computeIfAbsent(sector, key -> new ArrayList<>()).add(line);
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

	private ReportDocument.Section results(ProgressReport report, OrgUnit unit, YearMonth last,
			Map<String, List<Line>> bySector, Map<String, Sector> sectors, ReportSettings settings, Writer writer) {
		List<ReportDocument.Part> parts = new ArrayList<>();
		List<Line> all = bySector.values().stream().flatMap(List::stream).toList();
		List<String> opening = new ArrayList<>();
		opening.add(writer.headline(all, report.summary().onTrack(), report.summary().total()));
		// the plan version in force at the end of the period, by the resolution that issued it
		if (report.resolution() != null) {
			opening.add(writer.text("report.planResolution", report.resolution()));
		}
		opening.addAll(settings.resultsNotes());
		parts.add(new ReportDocument.Part(null, opening));
		int number = 0;
		for (Map.Entry<String, List<Line>> sector : bySector.entrySet()) {
			List<String> paragraphs = new ArrayList<>();
			List<Line> withData = sector.getValue().stream().filter(line -> line.progress().actual() != null).toList();
			if (withData.isEmpty()) {
				continue;
			}
			paragraphs.add(writer.sectorSummary(sector.getValue()));
			withData.forEach(line -> paragraphs.add(writer.result(line)));
			parts.add(new ReportDocument.Part(
					writer.text("report.sector", ++number, sectorName(sector.getKey(), sectors, writer)), paragraphs));
		}
		List<String> projects = this.projects.within(unit, last, writer.locale())
			.stream()
			.filter(project -> project.capitalPlan() != null)
			.map(writer::project)
			.toList();
		if (!projects.isEmpty()) {
			parts.add(new ReportDocument.Part(writer.text("report.projects", ++number), projects));
		}
		return new ReportDocument.Section(writer.text("report.results"), parts);
	}

	private ReportDocument.Section shortcomings(List<Line> lines, ReportSettings settings, Writer writer) {
		Map<Long, String> agencies = this.orgUnits.findAgencies()
			.stream()
			.collect(Collectors.toMap(Agency::id, Agency::name));
		Map<String, Long> owners = this.catalogue.findAll()
			.stream()
			.filter(indicator -> indicator.agencyId() != null)
			.collect(Collectors.toMap(Indicator::code, Indicator::agencyId));
		List<String> paragraphs = new ArrayList<>();
		for (Line line : lines) {
			IndicatorProgress behind = line.progress();
			if (behind.status() != Status.BEHIND) {
				continue;
			}
			paragraphs.add(writer.gap(line));
			Long owner = owners.get(behind.code());
			String agency = owner == null ? null : agencies.get(owner);
			paragraphs.add(Optional.ofNullable(behind.explanation())
				.map(text -> agency == null ? writer.text("report.explanationUnknownAgency", Letterhead.withoutStop(text))
						: writer.text("report.explanation", agency, Letterhead.withoutStop(text)))
				.orElseGet(() -> writer.text("report.explanationMissing")));
		}
		if (paragraphs.isEmpty()) {
			paragraphs.add(writer.text("report.noShortcomings"));
		}
		paragraphs.addAll(settings.shortcomingsNotes());
		return new ReportDocument.Section(writer.text("report.shortcomings"), List.of(new ReportDocument.Part(null, paragraphs)));
	}

	/**
	 * Part III: the directives still open that had been assigned by the report's date (the chairman's
	 * conclusions of earlier meetings), then what the office added by hand.
	 */
	private ReportDocument.Section tasks(OrgUnit unit, ReportSettings settings, Period period, Writer writer) {
		Period ahead = ReportDates.ahead(period);
		String next = ReportDates.periodName(ahead, writer.locale()).toUpperCase(writer.locale());
		List<String> lines = new ArrayList<>();
		for (TaskView task : this.tasks.openTasksForNextMonth(unit.id(), period.last())) {
			if (!task.assignedOn().isAfter(settings.reportDate())) {
				lines.add(writer.text("report.directive", Letterhead.withoutStop(task.title()), task.leadAgencyName(),
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
		// the year's last report sets the directions of the next year
		String heading = ahead.kind() == Period.Kind.YEAR ? writer.text("report.directions", next)
				: writer.text("report.tasks", next);
		return new ReportDocument.Section(heading, List.of(new ReportDocument.Part(null, tasks)));
	}

	private static List<String> annexColumns(Period period, Writer writer) {
		Locale locale = writer.locale();
		String lastMonth = ReportDates.monthOfYear(period.last(), locale);
		return List.of(writer.text("report.annex.number"), writer.text("report.annex.indicator"),
				writer.text("report.annex.unit"), writer.text("report.annex.target"),
				writer.text("report.annex.expected", lastMonth),
				writer.text("report.annex.own", ReportDates.periodName(period, locale)),
				writer.text("report.annex.actual", lastMonth), writer.text("report.annex.percentOfPlan"),
				writer.text("report.annex.lastYear"), writer.text("report.annex.percentOfLastYear"),
				writer.text("report.annex.status"));
	}

	private static List<ReportDocument.AnnexGroup> annexGroups(Map<String, List<Line>> bySector,
			Map<String, Sector> sectors, Writer writer) {
		List<ReportDocument.AnnexGroup> groups = new ArrayList<>();
		int number = 0;
		for (Map.Entry<String, List<Line>> sector : bySector.entrySet()) {
			List<ReportDocument.AnnexRow> rows = new ArrayList<>();
			for (Line line : sector.getValue()) {
				IndicatorProgress indicator = line.progress();
				int decimals = indicator.decimals();
				List<Figure> figures = List.of(writer.figure(indicator.target(), decimals, Figure.Kind.PLAIN),
						writer.figure(indicator.expected(), decimals, Figure.Kind.PLAIN),
						writer.figure(line.own(), decimals, Figure.Kind.PLAIN),
						writer.figure(indicator.actual(), decimals, Figure.Kind.PLAIN),
						writer.figure(fraction(indicator.percentOfPlan()), PERCENT_DECIMALS, Figure.Kind.PERCENT),
						writer.figure(indicator.lastYear(), decimals, Figure.Kind.PLAIN),
						writer.figure(fraction(line.percentOfLastYear()), PERCENT_DECIMALS, Figure.Kind.PERCENT));
				String assessment = writer.text("report.status." + indicator.status().name());
				if (line.withinTolerance()) {
					assessment += writer.text("report.status.tolerance", writer.percent(line.tolerance().multiply(HUNDRED)));
				}
				rows.add(new ReportDocument.AnnexRow(++number, writer.name(indicator), indicator.unit(), figures,
						indicator.status(), assessment));
			}
			groups.add(new ReportDocument.AnnexGroup(sectorName(sector.getKey(), sectors, writer), rows));
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

		private final Period period;

		Writer(Locale locale, VietnameseFormat numbers, Period period) {
			this.locale = locale;
			this.numbers = numbers;
			this.period = period;
		}

		Locale locale() {
			return this.locale;
		}

		boolean english() {
			return ReportLanguage.english(this.locale);
		}

		String text(String key, Object... arguments) {
			return ReportWriter.this.messages.getMessage(key, arguments, this.locale);
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
		 * "Từ đầu năm đến nay, có 22/24 chỉ tiêu ... đạt kế hoạch tiến độ đề ra, trong đó 3 chỉ tiêu đã đạt,
		 * vượt kế hoạch năm; 2 chỉ tiêu chậm tiến độ: ..., ...".
		 */
		String headline(List<Line> lines, int onTrack, int total) {
			StringBuilder sentence = new StringBuilder(text("report.headline", onTrack, total));
			long achieved = lines.stream().filter(line -> line.progress().status() == Status.ACHIEVED).count();
			if (achieved > 0) {
				sentence.append(text("report.headline.achieved", achieved));
			}
			List<String> behind = lines.stream()
				.filter(line -> line.progress().status() == Status.BEHIND)
				.map(line -> lowerFirst(name(line.progress())))
				.toList();
			if (!behind.isEmpty()) {
				sentence.append(text("report.headline.behind", behind.size(), String.join(", ", behind)));
			}
			return sentence.append(text("report.sentence.end")).toString();
		}

		/** "Có 3/4 chỉ tiêu đạt kế hoạch tiến độ; 1 chỉ tiêu chậm: tổng thu ngân sách nhà nước." */
		String sectorSummary(List<Line> lines) {
			long onSchedule = lines.stream().filter(Line::onSchedule).count();
			StringBuilder sentence = new StringBuilder(text("report.sector.summary", onSchedule, lines.size()));
			List<String> behind = lines.stream()
				.filter(line -> line.progress().status() == Status.BEHIND)
				.map(line -> lowerFirst(name(line.progress())))
				.toList();
			if (!behind.isEmpty()) {
				sentence.append(text("report.sector.behind", behind.size(), String.join(", ", behind)));
			}
			long missing = lines.stream().filter(line -> line.progress().status() == Status.NO_DATA).count();
			if (missing > 0) {
				sentence.append(text("report.sector.noData", missing));
			}
			return sentence.append(text("report.sentence.end")).toString();
		}

		private String lowerFirst(String name) {
			return english() || name.isEmpty() ? name : name.substring(0, 1).toLowerCase(this.locale) + name.substring(1);
		}

		/**
		 * One target in words. A flow: "Sản lượng lúa đạt 51.587 tấn, bằng 57,32% kế hoạch năm, tăng 9.087
		 * tấn (+21,38%) so với cùng kỳ", with the period's own figure first when the period does not start in
		 * January. A level or rate: "Tỷ lệ ... đạt 98,98% (kế hoạch năm 98%), tăng 0,5 điểm phần trăm";
		 * lower being better: "Tỷ lệ hộ nghèo còn 0,9% (kế hoạch năm không quá 1%), giảm 0,4 điểm phần trăm".
		 */
		String result(Line line) {
			IndicatorProgress indicator = line.progress();
			int decimals = indicator.decimals();
			boolean rate = PERCENT_UNIT.equals(indicator.unit());
			String actual = quantity(indicator.actual(), decimals, indicator.unit());
			StringBuilder sentence = new StringBuilder();
			// a month's report states the year to date, as the office always has; a quarter or the second
			// half states its own figure first
			if (line.flow() && !this.period.isMonth() && !this.period.fromJanuary()) {
				sentence.append(text("report.sentence.own", name(indicator), periodName(),
						quantity(line.own(), decimals, indicator.unit()), actual));
			}
			else if (line.lower() && !line.flow()) {
				sentence.append(text("report.sentence.level", name(indicator), actual));
			}
			else {
				// "Số xã đạt chuẩn ... là 10 xã", not "đạt chuẩn ... đạt 10 xã"; lower is better: "là", not "đạt"
				boolean is = line.lower() || name(indicator).toLowerCase(this.locale).contains(text("report.sentence.reached"));
				sentence.append(text(is ? "report.sentence.is" : "report.sentence.actual", name(indicator), actual));
			}
			if (indicator.target() != null) {
				String target = quantity(indicator.target(), decimals, indicator.unit());
				if (line.lower()) {
					sentence.append(text("report.sentence.ceiling", target));
				}
				else if (rate || indicator.percentOfPlan() == null) {
					sentence.append(text("report.sentence.target", target));
				}
				else {
					sentence.append(text("report.sentence.ofPlan", percent(indicator.percentOfPlan())));
				}
			}
			if (indicator.delta() != null) {
				BigDecimal delta = VietnameseFormat.round(indicator.delta(), decimals);
				String amount = rate ? this.numbers.number(delta.abs(), decimals, this.locale) + " " + text("report.points")
						: quantity(delta.abs(), decimals, indicator.unit());
				String direction = delta.signum() > 0 ? "up" : "down";
				String versus = this.period.kind() == Period.Kind.YEAR
						? text("report.sentence.lastYear", this.period.year() - 1) : text("report.sentence.samePeriod");
				if (delta.signum() == 0) {
					sentence.append(text("report.sentence.same", versus));
				}
				else if (!rate && indicator.deltaPercent() != null) {
					sentence.append(text("report.sentence." + direction + "Percent", amount,
							this.numbers.signed(indicator.deltaPercent(), PERCENT_DECIMALS, this.locale) + PERCENT_UNIT,
							versus));
				}
				else {
					sentence.append(text("report.sentence." + direction, amount, versus));
				}
			}
			if (line.withinTolerance()) {
				sentence.append(text("report.sentence.tolerance", percent(line.tolerance().multiply(HUNDRED))));
			}
			return sentence.append(text("report.sentence.end")).toString();
		}

		/** "quý II năm 2024", "6 tháng cuối năm 2024": the period inside a sentence. */
		private String periodName() {
			return ReportDates.periodName(this.period, this.locale);
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
				.map(reason -> Letterhead.withoutStop(reason.message()))
				.collect(Collectors.joining("; "));
			if (!reasons.isEmpty()) {
				sentence.append(": ").append(reasons);
			}
			return sentence.append(text("report.sentence.end")).toString();
		}

		/** "Tổng thu ngân sách ... đạt 214,6 tỷ đồng, thấp hơn kế hoạch tiến độ 43,7 tỷ đồng (...)." */
		String gap(Line line) {
			IndicatorProgress indicator = line.progress();
			int decimals = indicator.decimals();
			String actual = quantity(indicator.actual(), decimals, indicator.unit());
			if (indicator.expected() == null) {
				return text("report.sentence.actual", name(indicator), actual) + text("report.sentence.end");
			}
			BigDecimal gap = indicator.actual().subtract(indicator.expected()).abs();
			// a rate falls short by percentage points, not by a percentage
			String shortBy = PERCENT_UNIT.equals(indicator.unit())
					? this.numbers.number(gap, decimals, this.locale) + " " + text("report.points")
					: quantity(gap, decimals, indicator.unit());
			return text(line.lower() ? "report.behindLower" : "report.behind", name(indicator), actual, shortBy,
					quantity(indicator.expected(), decimals, indicator.unit()),
					ReportDates.monthOfYear(this.period.last(), this.locale));
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

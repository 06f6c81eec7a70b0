package org.chitieu.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;
import org.chitieu.period.PeriodConvention;
import org.chitieu.period.ReportingWindow;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report settings of each org unit and the number, date, tasks and the office's paragraphs of each
 * period's report.
 * Until the office saves them a report still comes out: dated today, its number left blank to be
 * written by hand, signed for the chairman, with the deployment's period convention.
 */
@Repository
public class ReportSettingsStore {

	private static final String SELECT_SETTINGS = """
			select place_name, signer, signer_name, recipients::text, period_convention
			from report_settings where org_unit_id = ?
			""";

	private static final String SELECT_ISSUE = """
			select number, report_date, tasks::text, results_notes::text, shortcomings_notes::text
			from report_issue where org_unit_id = ? and period = ?
			""";

	private static final String UPSERT_SETTINGS = """
			insert into report_settings (org_unit_id, place_name, signer, signer_name, recipients, period_convention)
			values ((select id from org_unit where code = :unit), :place, :signer, :signerName, cast(:recipients as jsonb),
			        :convention)
			on conflict (org_unit_id) do update set place_name = excluded.place_name, signer = excluded.signer,
			    signer_name = excluded.signer_name, recipients = excluded.recipients,
			    period_convention = excluded.period_convention
			""";

	private static final String UPSERT_ISSUE = """
			insert into report_issue (org_unit_id, period, year, month, number, report_date, tasks, results_notes,
			    shortcomings_notes)
			values ((select id from org_unit where code = :unit), :period, :year, :month, :number, :date,
			        cast(:tasks as jsonb), cast(:results as jsonb), cast(:shortcomings as jsonb))
			on conflict (org_unit_id, period) do update set number = excluded.number,
			    report_date = excluded.report_date, tasks = excluded.tasks, results_notes = excluded.results_notes,
			    shortcomings_notes = excluded.shortcomings_notes
			""";

	private static final TypeReference<List<String>> LINES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PeriodConvention deploymentConvention;

	private final JsonMapper json = JsonMapper.builder().build();

	ReportSettingsStore(JdbcClient jdbc, Clock clock, ReportingWindow reportingWindow) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.deploymentConvention = reportingWindow.convention();
	}

	/** The settings of the unit's monthly report of {@code month}. */
	public ReportSettings find(OrgUnit unit, YearMonth month) {
		return find(unit, Period.month(month));
	}

	/** The settings of the unit's report of {@code period}, with defaults for what was never saved. */
	public ReportSettings find(OrgUnit unit, Period period) {
		Optional<Standing> standing = this.jdbc.sql(SELECT_SETTINGS)
			.param(unit.id())
			.query((rs, row) -> new Standing(rs.getString(1), Signer.valueOf(rs.getString(2)), rs.getString(3),
					lines(rs.getString(4)), PeriodConvention.valueOf(rs.getString(5))))
			.optional();
		Optional<Issue> issue = this.jdbc.sql(SELECT_ISSUE)
			.params(unit.id(), period.key())
			.query((rs, row) -> new Issue(rs.getString(1), rs.getObject(2, LocalDate.class), lines(rs.getString(3)),
					lines(rs.getString(4)), lines(rs.getString(5))))
			.optional();
		return new ReportSettings(standing.map(Standing::placeName).orElse(unit.name()),
				standing.map(Standing::signer).orElse(Signer.CHAIRMAN), standing.map(Standing::signerName).orElse(""),
				standing.map(Standing::recipients).orElse(List.of()),
				standing.map(Standing::periodConvention).orElse(this.deploymentConvention),
				issue.map(Issue::number).orElse(""),
				issue.map(Issue::reportDate).orElseGet(() -> LocalDate.now(this.clock)),
				issue.map(Issue::tasks).orElse(List.of()), issue.map(Issue::resultsNotes).orElse(List.of()),
				issue.map(Issue::shortcomingsNotes).orElse(List.of()));
	}

	/** Saves the unit's settings and those of its monthly report of {@code month}. */
	@Transactional
	public void save(String orgUnitCode, YearMonth month, ReportSettings settings) {
		save(orgUnitCode, Period.month(month), settings);
	}

	/** Saves the unit's settings and those of its report of {@code period}. */
	@Transactional
	public void save(String orgUnitCode, Period period, ReportSettings settings) {
		this.jdbc.sql(UPSERT_SETTINGS)
			.param("unit", orgUnitCode)
			.param("place", settings.placeName())
			.param("signer", settings.signer().name())
			.param("signerName", settings.signerName() == null ? "" : settings.signerName())
			.param("recipients", this.json.writeValueAsString(settings.recipients()))
			.param("convention", settings.periodConvention().name())
			.update();
		this.jdbc.sql(UPSERT_ISSUE)
			.param("unit", orgUnitCode)
			.param("period", period.key())
			.param("year", period.year())
			.param("month", period.last().getMonthValue())
			.param("number", settings.number() == null ? "" : settings.number())
			.param("date", settings.reportDate())
			.param("tasks", this.json.writeValueAsString(settings.tasks()))
			.param("results", this.json.writeValueAsString(settings.resultsNotes()))
			.param("shortcomings", this.json.writeValueAsString(settings.shortcomingsNotes()))
			.update();
	}

	private List<String> lines(String json) {
		return this.json.readValue(json, LINES);
	}

	private record Standing(String placeName, Signer signer, String signerName, List<String> recipients,
			PeriodConvention periodConvention) {
	}

	private record Issue(String number, LocalDate reportDate, List<String> tasks, List<String> resultsNotes,
			List<String> shortcomingsNotes) {
	}

}

package org.chitieu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chitieu.datavalue.PeriodLocks;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;
import org.chitieu.period.Periods;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing a report (ban hành): once its last month is closed, the office issues it with a number, a date
 * and the signer's name, and its files and figures are stored as issued. A later reopening and correction
 * never touches them: issuing again takes a new number and stands beside the first.
 */
@Service
public class IssuedReports {

	private static final String COLUMNS = """
			id, org_unit_id, period, number, issued_on, signer, signer_name, issued_by, issued_at
			""";

	private static final String SELECT_FOR_PERIOD = "select " + COLUMNS + """
			from issued_report where org_unit_id = ? and period = ? order by issued_at desc, id desc
			""";

	private static final String SELECT_ONE = "select " + COLUMNS + " from issued_report where id = ?";

	private static final String NUMBER_USED = "select count(*) from issued_report where org_unit_id = ? and number = ?";

	private static final String INSERT = """
			insert into issued_report (org_unit_id, period, number, issued_on, signer, signer_name, issued_by, issued_at,
			    figures, docx, xlsx, pdf, html)
			values (:unit, :period, :number, :issuedOn, :signer, :signerName, :issuedBy, :issuedAt, cast(:figures as jsonb),
			    :docx, :xlsx, :pdf, :html)
			""";

	private static final String SELECT_FIGURES = """
			select figures::text from issued_report where org_unit_id = ? and period = ? order by issued_at desc, id desc
			limit 1
			""";

	private final JdbcClient jdbc;

	private final ReportFiles files;

	private final ReportSettingsStore settings;

	private final PeriodLocks locks;

	private final ProgressService progress;

	private final AccessPolicy access;

	private final JsonMapper json;

	private final Clock clock;

	IssuedReports(JdbcClient jdbc, ReportFiles files, ReportSettingsStore settings, PeriodLocks locks,
			ProgressService progress, AccessPolicy access, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.settings = settings;
		this.locks = locks;
		this.progress = progress;
		this.access = access;
		this.json = json;
		this.clock = clock;
	}

	/** The unit's issued reports of the period, the latest first. */
	public List<IssuedReport> of(OrgUnit unit, Period period) {
		return this.jdbc.sql(SELECT_FOR_PERIOD).params(unit.id(), period.key()).query(this::issued).list();
	}

	public Optional<IssuedReport> latest(OrgUnit unit, Period period) {
		return of(unit, period).stream().findFirst();
	}

	/** The figures of the latest issued report ({@code GET /api/v1/progress}'s shape), for the portal. */
	public Optional<String> figures(OrgUnit unit, Period period) {
		return this.jdbc.sql(SELECT_FIGURES).params(unit.id(), period.key()).query(String.class).optional();
	}

	IssuedReport find(long id) {
		return this.jdbc.sql(SELECT_ONE)
			.param(id)
			.query(this::issued)
			.optional()
			.orElseThrow(() -> new NotFoundException("report.issued.notFound", id));
	}

	/** The stored file of an issued report, exactly as issued. */
	ReportFile file(IssuedReport issued, OrgUnit unit, ReportFormat format) {
		byte[] content = this.jdbc.sql("select " + format.extension() + " from issued_report where id = ?")
			.param(issued.id())
			.query(byte[].class)
			.single();
		return this.files.file(unit, period(issued), format, ReportLanguage.VIETNAMESE, content);
	}

	/** What the portal publishes for a month: the issued report when there is one, else a draft. */
	public ReportFile current(OrgUnit unit, YearMonth month, String format) {
		ReportFormat reportFormat = ReportFormat.parse(format)
			.orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
		Period period = Period.month(month);
		return latest(unit, period).map(issued -> file(issued, unit, reportFormat))
			.orElseGet(() -> this.files.render(unit, period, reportFormat, ReportLanguage.VIETNAMESE));
	}

	/**
	 * Issues the unit's report of the period as the office has set it: refused unless the period's last
	 * month is closed and the number, the date and the signer's name are there, and the number is new.
	 */
	@Transactional
	public IssuedReport issue(ChiTieuUser user, OrgUnit unit, Period period) {
		this.access.checkRead(user, unit.id());
		if (!ReportSettingsEditor.mayEdit(user)) {
			throw new AccessDeniedException("issuing a report is the office's");
		}
		ReportSettings settings = this.settings.find(unit, period);
		List<InputError> errors = new ArrayList<>();
		if (this.locks.find(unit, period.last()).isEmpty()) {
			errors.add(InputError.of("period", "report.issue.open", period.key()));
		}
		if (settings.number().isBlank()) {
			errors.add(InputError.of("number", "report.issue.number"));
		}
		else if (this.jdbc.sql(NUMBER_USED).params(unit.id(), settings.number()).query(Long.class).single() > 0) {
			errors.add(InputError.of("number", "report.issue.numberUsed", settings.number()));
		}
		if (!settings.signed()) {
			errors.add(InputError.of("signerName", "report.issue.signerName"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("report.issue.invalid", errors);
		}
		Map<ReportFormat, ReportFile> files = this.files.all(unit, period, ReportLanguage.VIETNAMESE);
		String figures = this.json.writeValueAsString(this.progress.report(unit, period));
		long id = this.jdbc.sql(INSERT + " returning id")
			.param("unit", unit.id())
			.param("period", period.key())
			.param("number", settings.number())
			.param("issuedOn", settings.reportDate())
			.param("signer", settings.signer().name())
			.param("signerName", settings.signerName().strip())
			.param("issuedBy", user.username())
			.param("issuedAt", Timestamp.from(this.clock.instant()))
			.param("figures", figures)
			.param("docx", files.get(ReportFormat.DOCX).content())
			.param("xlsx", files.get(ReportFormat.XLSX).content())
			.param("pdf", files.get(ReportFormat.PDF).content())
			.param("html", files.get(ReportFormat.HTML).content())
			.query(Long.class)
			.single();
		return find(id);
	}

	private static Period period(IssuedReport issued) {
		return Periods.parse(issued.period());
	}

	private IssuedReport issued(ResultSet rs, int row) throws SQLException {
		return new IssuedReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), Signer.valueOf(rs.getString(6)), rs.getString(7),
				rs.getString(8), rs.getTimestamp(9).toInstant());
	}

}

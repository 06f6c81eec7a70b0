package org.chitieu.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.PeriodLocks;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Period;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.chitieu.web.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The office issues the November report of the district once November is closed: number, date and the
 * signer's name required; the API then serves the issued files, a reopening leaves them alone, and
 * issuing again after a correction takes a new number. The test puts the demo back as it found it.
 */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class IssuedReportsIntegrationTests {

	private static final YearMonth NOVEMBER = YearMonth.of(2024, 11);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IssuedReports issued;

	@Autowired
	ReportSettingsStore store;

	@Autowired
	PeriodLocks locks;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private OrgUnit district;

	private ChiTieuUser office;

	private ReportSettings standing;

	@BeforeEach
	void remember() {
		this.district = this.orgUnits.findByCode("CD").orElseThrow();
		this.office = this.users.findByUsername("vanphong").orElseThrow();
		this.standing = this.store.find(this.district, YearMonth.of(2024, 5));
	}

	@AfterEach
	void putTheDemoBack() {
		this.jdbc.sql("delete from issued_report where org_unit_id = ?").param(this.district.id()).update();
		this.locks.unlock(this.office, this.district, NOVEMBER, "kiểm thử: trả lại dữ liệu mẫu");
		this.store.save("CD", YearMonth.of(2024, 5), this.standing);
		this.jdbc.sql("delete from report_issue where org_unit_id = ? and period = '2024-11'")
			.param(this.district.id())
			.update();
	}

	@Test
	void a_report_is_issued_only_for_a_closed_month_with_its_number_and_signer() {
		settings("11/BC-UBND", "");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(this::issue)
			.satisfies(ex -> assertThat(ex.errors()).extracting(error -> error.messageKey())
				.containsExactlyInAnyOrder("report.issue.open", "report.issue.signerName"));
		this.locks.lock(this.office, this.district, NOVEMBER);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(this::issue)
			.satisfies(ex -> assertThat(ex.errors()).extracting(error -> error.messageKey())
				.containsExactly("report.issue.signerName"));
		settings("", "Trần Văn Bình");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(this::issue)
			.satisfies(ex -> assertThat(ex.errors()).extracting(error -> error.messageKey())
				.containsExactly("report.issue.number"));
		assertThat(this.issued.of(this.district, Period.month(NOVEMBER))).isEmpty();
	}

	@Test
	void the_api_serves_the_issued_report_until_a_new_number_is_issued_and_a_draft_on_request() {
		this.locks.lock(this.office, this.district, NOVEMBER);
		settings("11/BC-UBND", "Trần Văn Bình");
		IssuedReport first = issue();
		assertThat(first.number()).isEqualTo("11/BC-UBND");
		assertThat(first.signerName()).isEqualTo("Trần Văn Bình");

		ResponseEntity<byte[]> served = get("/api/v1/reports/monthly?orgUnit=CD&period=2024-11&format=html");
		assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(served.getHeaders().getFirst("X-Report-Number")).isEqualTo("11/BC-UBND");
		String html = new String(served.getBody(), StandardCharsets.UTF_8);
		assertThat(html).contains("Số: 11/BC-UBND", "Trần Văn Bình");
		for (String format : List.of("docx", "xlsx", "pdf")) {
			assertThat(get("/api/v1/reports/monthly?orgUnit=CD&period=2024-11&format=" + format).getHeaders()
				.getFirst("X-Report-Number")).isEqualTo("11/BC-UBND");
		}

		// the office reopens, changes the settings: the issued report stays as issued
		this.locks.unlock(this.office, this.district, NOVEMBER, "sửa số liệu tháng 11");
		settings("11/BC-UBND", "Lê Thị Hoa");
		assertThat(new String(get("/api/v1/reports/monthly?orgUnit=CD&period=2024-11&format=html").getBody(),
				StandardCharsets.UTF_8)).contains("Trần Văn Bình").doesNotContain("Lê Thị Hoa");
		ResponseEntity<byte[]> draft = get("/api/v1/reports/monthly?orgUnit=CD&period=2024-11&format=html&draft=true");
		assertThat(draft.getHeaders().getFirst("X-Report-Number")).isNull();
		assertThat(new String(draft.getBody(), StandardCharsets.UTF_8)).contains("Lê Thị Hoa");

		// issuing again after the correction needs a new number; both stay on record
		this.locks.lock(this.office, this.district, NOVEMBER);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(this::issue)
			.satisfies(ex -> assertThat(ex.errors()).extracting(error -> error.messageKey())
				.containsExactly("report.issue.numberUsed"));
		settings("11a/BC-UBND", "Lê Thị Hoa");
		issue();
		assertThat(this.issued.of(this.district, Period.month(NOVEMBER))).extracting(IssuedReport::number)
			.containsExactly("11a/BC-UBND", "11/BC-UBND");
		assertThat(get("/api/v1/reports?orgUnit=CD&period=2024-11&format=pdf").getHeaders().getFirst("X-Report-Number"))
			.isEqualTo("11a/BC-UBND");
		assertThat(this.issued.figures(this.district, Period.month(NOVEMBER))).get()
			.asString()
			.contains("\"period\": \"2024-11\"", "\"onTrack\"");
	}

	@Test
	void a_reporter_cannot_issue_a_report() {
		this.locks.lock(this.office, this.district, NOVEMBER);
		settings("11/BC-UBND", "Trần Văn Bình");
		ChiTieuUser reporter = this.users.findByUsername("nhaplieu.nn").orElseThrow();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.issued.issue(reporter, this.district, Period.month(NOVEMBER)));
		assertThat(this.issued.of(this.district, Period.month(NOVEMBER))).isEmpty();
	}

	private IssuedReport issue() {
		return this.issued.issue(this.office, this.district, Period.month(NOVEMBER));
	}

	private void settings(String number, String signerName) {
		ReportSettings now = this.store.find(this.district, NOVEMBER);
		this.store.save("CD", NOVEMBER, new ReportSettings(now.placeName(), now.signer(), signerName, now.recipients(),
				now.periodConvention(), number, LocalDate.of(2024, 11, 20), List.of()));
	}

	private ResponseEntity<byte[]> get(String url) {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD).getForEntity(url, byte[].class);
	}

}

package org.chitieu.project;

import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.progress.IndicatorFeed.FedValue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The demo's projects at May 2024: rates, statuses with their reasons, filters, and the indicators they feed. */
@ChiTieuIntegrationTest
@SuppressWarnings("unchecked")
class ProjectApiIntegrationTests {

	private static final Offset<Double> CLOSE = Offset.offset(1e-9);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProjectProgress progress;

	@Test
	void the_site_clearance_group_has_paid_81_percent_of_its_compensation_in_may_2024() {
		Map<String, Object> group = group(list("group=GPMB-CCN-TDC&period=2024-05"), "GPMB-CCN-TDC");
		assertThat(group.get("projects")).isEqualTo(5);
		assertThat(number(group, "compensationApproved")).isEqualTo(515.0);
		assertThat(number(group, "compensationPaid")).isEqualTo(417.15);
		assertThat(number(group, "compensationRate")).isEqualTo(81.0);
	}

	@Test
	void a_year_earlier_the_group_had_paid_44_percent() {
		Map<String, Object> group = group(list("group=GPMB-CCN-TDC&period=2023-05"), "GPMB-CCN-TDC");
		assertThat(number(group, "compensationRate")).isCloseTo(100 * 180.4 / 410, CLOSE);
	}

	@Test
	void each_site_clearance_project_has_its_own_compensation_rate() {
		Map<String, Object> cluster = project(list("type=INDUSTRIAL_CLUSTER&period=2024-05"), "CCN-LONG-DINH-LONG-CANG");
		assertThat(number(cluster, "compensationApproved")).isEqualTo(144.2);
		assertThat(number(cluster, "compensationPaid")).isEqualTo(133.488);
		assertThat(number(cluster, "compensationRate")).isCloseTo(100 * 133.488 / 144.2, CLOSE);
	}

	@Test
	void disbursement_is_measured_against_the_years_capital_plan_and_against_its_custom_schedule() {
		Map<String, Object> detail = detail("DUONG-VANH-DAI-CD", "2024-05", "vi");
		Map<String, Object> project = (Map<String, Object>) detail.get("project");
		assertThat(number(project, "capitalPlan")).isEqualTo(85.0);
		assertThat(number(project, "disbursed")).isEqualTo(13.5);
		assertThat(number(project, "disbursementRate")).isCloseTo(100 * 13.5 / 85, CLOSE);
		// CUSTOM: 10 planned by March, 30 by June, so 10 + 20·2/3 by May
		assertThat(number(project, "expected")).isCloseTo(10 + 20.0 * 2 / 3, CLOSE);
		assertThat(number(project, "scheduleRate")).isCloseTo(100 * 13.5 / (10 + 20.0 * 2 / 3), CLOSE);
		assertThat(detail.get("schedule")).isEqualTo("CUSTOM");
		List<Map<String, Object>> series = (List<Map<String, Object>>) detail.get("series");
		assertThat(series).hasSize(12);
		assertThat(number(series.get(2), "expected")).isEqualTo(10.0);
		assertThat(number(series.get(4), "actual")).isEqualTo(13.5);
		assertThat(series.get(5).get("actual")).isNull();
	}

	@Test
	void the_late_key_project_is_behind_with_its_disbursement_and_its_overdue_milestone_as_reasons() {
		Map<String, Object> project = (Map<String, Object>) detail("DUONG-VANH-DAI-CD", "2024-05", "vi").get("project");
		assertThat(project.get("status")).isEqualTo("BEHIND");
		List<Map<String, Object>> reasons = (List<Map<String, Object>>) project.get("reasons");
		assertThat(reasons).extracting(reason -> reason.get("key"))
			.containsExactly("project.reason.disbursementShort", "project.reason.milestoneOverdue");
		assertThat(reasons.get(0).get("message"))
			.isEqualTo("Giải ngân 13,5 tỷ đồng, mới đạt 57,9% so với tiến độ kế hoạch (23,333 tỷ đồng).");
		assertThat(reasons.get(1).get("message"))
			.isEqualTo("Mốc \"Hoàn thành bồi thường, giải phóng mặt bằng\" chậm 44 ngày so với kế hoạch.");
		Map<String, Object> english = (Map<String, Object>) detail("DUONG-VANH-DAI-CD", "2024-05", "en").get("project");
		assertThat(((List<Map<String, Object>>) english.get("reasons")).get(1).get("message"))
			.isEqualTo("Milestone \"Hoàn thành bồi thường, giải phóng mặt bằng\" is 44 days late.");
	}

	@Test
	void the_late_key_project_shows_its_milestones_slippage_and_its_open_obstacle() {
		Map<String, Object> detail = detail("DUONG-VANH-DAI-CD", "2024-05", "vi");
		assertThat(detail.get("asOf")).isEqualTo("2024-05-14");
		List<Map<String, Object>> milestones = (List<Map<String, Object>>) detail.get("milestones");
		assertThat(milestones).extracting(m -> m.get("code"), m -> m.get("slippageDays"))
			.containsExactly(tuple("PHE-DUYET", 12),
					tuple("KHOI-CONG", 5), tuple("GPMB", 44),
					tuple("HOAN-THANH", 0));
		List<Map<String, Object>> obstacles = (List<Map<String, Object>>) detail.get("obstacles");
		assertThat(obstacles).anySatisfy(obstacle -> {
			assertThat(obstacle.get("status")).isEqualTo("OPEN");
			assertThat(obstacle.get("ownerAgency")).isEqualTo("CD-PTQD");
			assertThat(obstacle.get("raisedOn")).isEqualTo("2024-04-10");
		});
		assertThat(((Map<String, Object>) detail.get("latestReport")).get("period")).isEqualTo("2024-05");
	}

	@Test
	void a_work_short_of_its_even_schedule_but_within_80_percent_is_at_risk_and_others_are_on_track() {
		Map<String, Object> list = list("group=XDCB-2024&period=2024-05");
		Map<String, Object> clinic = project(list, "TYT-PHUOC-VAN");
		assertThat(clinic.get("status")).isEqualTo("AT_RISK");
		assertThat(number(clinic, "expected")).isEqualTo(5.0);
		assertThat(number(clinic, "scheduleRate")).isCloseTo(86.0, CLOSE);
		assertThat(project(list, "THCS-LONG-HOA").get("status")).isEqualTo("ON_TRACK");
		assertThat(project(list, "GTNT-2024").get("status")).isEqualTo("ON_TRACK");
	}

	@Test
	void the_list_filters_by_type_agency_status_and_group_and_totals_what_it_shows() {
		assertThat(codes(list("type=INDUSTRIAL_CLUSTER&period=2024-05"))).containsExactly("CCN-LONG-DINH-LONG-CANG",
				"CCN-PHUOC-DONG", "CCN-TAN-LAN");
		assertThat(codes(list("group=GPMB-CCN-TDC&agency=CD-PTQD&period=2024-05"))).hasSize(5);
		assertThat(codes(list("group=XDCB-2024&status=BEHIND&period=2024-05"))).containsExactly("DUONG-VANH-DAI-CD");
		Map<String, Object> works = list("group=XDCB-2024&period=2024-05");
		Map<String, Object> totals = (Map<String, Object>) works.get("totals");
		assertThat(totals.get("count")).isEqualTo(4);
		assertThat(number(totals, "capitalPlan")).isEqualTo(85 + 18 + 12 + 40.0);
		assertThat(number(totals, "disbursed")).isCloseTo(13.5 + 8.5 + 4.3 + 17.5, CLOSE);
		assertThat(totals.get("byStatus")).isEqualTo(Map.of("ON_TRACK", 2, "AT_RISK", 1, "BEHIND", 1));
	}

	@Test
	void the_compensation_indicators_take_the_five_projects_sums_at_the_district_in_every_month() {
		List<FedValue> values = this.progress.feed(2023, 2024).values();
		assertThat(values).filteredOn(value -> value.orgUnit().equals("CD") && value.indicator().equals("GPMB_APPROVED"))
			.hasSize(17)
			.anySatisfy(value -> {
				assertThat(value.year() * 100 + value.month()).isEqualTo(202305);
				assertThat(value.value()).isEqualByComparingTo("410");
			});
		assertThat(values).filteredOn(value -> value.orgUnit().equals("CD") && value.indicator().equals("GPMB_PAID")
				&& value.year() == 2024 && value.month() == 5)
			.singleElement()
			.satisfies(value -> assertThat(value.value()).isEqualByComparingTo("417.15"));
	}

	@Test
	void the_metadata_document_carries_the_projects_and_the_project_sourced_indicators() {
		Map<String, Object> document = admin().getForObject("/api/v1/metadata", Map.class);
		List<Map<String, Object>> projects = (List<Map<String, Object>>) document.get("projects");
		assertThat(projects).extracting(project -> project.get("code")).contains("DUONG-VANH-DAI-CD", "TDC-TAN-TRACH");
		assertThat((List<Map<String, Object>>) document.get("projectGroups")).extracting(group -> group.get("code"))
			.contains("GPMB-CCN-TDC");
		List<Map<String, Object>> indicators = (List<Map<String, Object>>) document.get("indicators");
		assertThat(indicators).filteredOn(indicator -> "GPMB_PAID".equals(indicator.get("code")))
			.singleElement()
			.satisfies(indicator -> assertThat(indicator.get("projectSource"))
				.isEqualTo(Map.of("group", "GPMB-CCN-TDC", "field", "COMPENSATION_PAID")));
	}

	@Test
	void a_project_source_naming_an_unknown_group_is_refused_next_to_its_field() {
		ResponseEntity<Map> response = admin().postForEntity("/api/v1/metadata", Map.of("indicators", List.of(Map.of(
				"code", "ZZ_SOURCED", "name", "x", "kind", "RAW", "timeAggregation", "LAST", "spaceAggregation", "SUM",
				"polarity", "HIGHER", "projectSource", Map.of("group", "NO-SUCH-GROUP", "field", "DISBURSED")))),
				Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("indicators[0].projectSource.group", "NO-SUCH-GROUP");
	}

	@Test
	void an_unknown_project_is_a_problem_detail() {
		ResponseEntity<Map> response = admin().getForEntity("/api/v1/projects/NO-SUCH", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody().get("detail")).isEqualTo("Không có dự án mã \"NO-SUCH\".");
	}

	/** The list as the district's leader reads it: Cần Đước's projects, not other tests' localities. */
	private Map<String, Object> list(String query) {
		ResponseEntity<Map> response = this.rest.withBasicAuth("lanhdao", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity("/api/v1/projects?" + query, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private Map<String, Object> detail(String code, String period, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		ResponseEntity<Map> response = admin().exchange("/api/v1/projects/" + code + "?period=" + period, HttpMethod.GET,
				new HttpEntity<>(headers), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
	}

	private static List<Object> codes(Map<String, Object> list) {
		return ((List<Map<String, Object>>) list.get("projects")).stream().map(project -> project.get("code")).toList();
	}

	private static Map<String, Object> project(Map<String, Object> list, String code) {
		return ((List<Map<String, Object>>) list.get("projects")).stream()
			.filter(project -> code.equals(project.get("code")))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> group(Map<String, Object> list, String code) {
		return ((List<Map<String, Object>>) list.get("groups")).stream()
			.filter(group -> code.equals(group.get("code")))
			.findFirst()
			.orElseThrow();
	}

	private static double number(Map<String, Object> map, String field) {
		return ((Number) map.get(field)).doubleValue();
	}

}

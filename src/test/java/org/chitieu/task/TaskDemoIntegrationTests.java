package org.chitieu.task;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.orgunit.OrgUnits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's meeting of 23/5/2024 as it stood on 24/6/2024, the day before the June meeting: what
 * the office reports, what the leader sees late and blocked.
 */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class TaskDemoIntegrationTests {

	private static final String PASSWORD = ChiTieuIntegrationTest.DEMO_PASSWORD;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskOversight oversight;

	@Autowired
	OrgUnits orgUnits;

	@Test
	@SuppressWarnings("unchecked")
	void the_demo_meeting_issued_its_notice_and_every_conclusion_became_a_directive() {
		List<Map<String, Object>> meetings = this.rest.withBasicAuth("lanhdao", PASSWORD)
			.getForObject("/api/v1/meetings", List.class);
		Map<String, Object> meeting = meetings.stream()
			.filter(m -> "2024-05-23".equals(m.get("heldOn")))
			.findFirst()
			.orElseThrow();
		assertThat(meeting).containsEntry("chairTitle", "Quyền Chủ tịch UBND huyện")
			.containsEntry("type", "MONTHLY_REGULAR")
			.containsEntry("noticeNumber", "123/TB-UBND");
		List<Map<String, Object>> tasks = this.rest.withBasicAuth("lanhdao", PASSWORD)
			.getForObject("/api/v1/meetings/" + meeting.get("id") + "/tasks?asOf=2024-06-24", List.class);
		assertThat(tasks).hasSize(9).allSatisfy(task -> assertThat(task.get("source")).isEqualTo("MEETING_CONCLUSION"));
		Map<String, Long> byStatus = tasks.stream()
			.collect(Collectors.groupingBy(task -> (String) task.get("status"), Collectors.counting()));
		assertThat(byStatus).containsEntry("DONE_ON_TIME", 3L)
			.containsEntry("DONE_LATE", 1L)
			.containsEntry("OVERDUE", 2L)
			.containsEntry("IN_PROGRESS", 3L);
		assertThat(tasks).filteredOn(task -> Boolean.TRUE.equals(task.get("blocked")))
			.extracting(task -> task.get("leadAgency"))
			.containsExactly("CD-BQLDA");
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_leader_sees_who_is_late_and_what_is_blocked() {
		Map<String, Object> view = this.rest.withBasicAuth("lanhdao", PASSWORD)
			.getForObject("/api/v1/tasks/oversight?asOf=2024-06-24", Map.class);
		assertThat((List<Map<String, Object>>) view.get("overdue")).extracting(task -> task.get("leadAgency"))
			.containsExactlyInAnyOrder("CD-TCKH", "CD-VP");
		assertThat((List<Map<String, Object>>) view.get("blocked")).extracting(task -> task.get("leadAgency"))
			.containsExactly("CD-BQLDA");
		List<Map<String, Object>> waiting = (List<Map<String, Object>>) view.get("waitingObstacles");
		assertThat(waiting).extracting(obstacle -> obstacle.get("neededFrom")).contains("Chủ tịch UBND huyện");
		Map<String, Object> tnmt = ((List<Map<String, Object>>) view.get("agencies")).stream()
			.filter(agency -> "CD-TNMT".equals(agency.get("agency")))
			.findFirst()
			.orElseThrow();
		assertThat(tnmt.get("total")).isEqualTo(2);
		assertThat(((Number) tnmt.get("onTimeRate")).doubleValue()).isEqualTo(50.0);
	}

	@Test
	void the_office_produces_the_before_the_meeting_report_for_june_2024_as_docx_and_xlsx() throws IOException {
		String url = "/api/v1/tasks/before-meeting?orgUnit=CD&period=2024-06&asOf=2024-06-24&format=";
		ResponseEntity<byte[]> docx = this.rest.withBasicAuth("vanphong", PASSWORD).getForEntity(url + "docx", byte[].class);
		assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("THÁNG 6/2024", "Số liệu tính đến ngày 24/6/2024", "Ban Quản lý dự án đầu tư xây dựng huyện",
					"Quá hạn", "Hoàn thành quá hạn", "6 hộ chưa đồng ý phương án bồi thường");
			assertThat(text).doesNotContain("Một số trường hợp vi phạm xây dựng");
		}
		ResponseEntity<byte[]> xlsx = this.rest.withBasicAuth("vanphong", PASSWORD).getForEntity(url + "xlsx", byte[].class);
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()));
				XSSFExcelExtractor extractor = new XSSFExcelExtractor(workbook)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(extractor.getText()).contains("Phòng Tài chính - Kế hoạch", "Đang thực hiện");
		}
	}

	@Test
	void the_monthly_reports_tasks_for_next_month_are_those_still_open_at_the_end_of_june() {
		List<TaskView> open = this.oversight.openTasksForNextMonth(this.orgUnits.findByCode("CD").orElseThrow().id(),
				YearMonth.of(2024, 6));
		assertThat(open).extracting(TaskView::leadAgency)
			.containsExactlyInAnyOrder("CD-BQLDA", "CD-TCKH", "CD-PTQD", "CD-NN", "CD-VP");
		assertThat(open).extracting(TaskView::dueOn).isSorted();
	}

	@Test
	void a_department_cannot_take_the_before_the_meeting_report() {
		assertThat(this.rest.withBasicAuth("nhaplieu.nn", PASSWORD)
			.getForEntity("/api/v1/tasks/before-meeting?orgUnit=CD&period=2024-06&format=docx", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}

package org.chitieu.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The conclusion notice of the demo's 23/5/2024 meeting and the report before the meeting, per Decree 30. */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class MeetingDocumentsIntegrationTests {

	private static final String PLACE_AND_DATE = "Cần Đước, ngày \\d{2} tháng (0[12]|[3-9]|1[012]) năm \\d{4}";

	@Autowired
	TestRestTemplate rest;

	@Test
	void the_conclusion_notice_lists_the_chairmans_conclusions_under_the_committees_header() throws IOException {
		long meeting = demoMeeting();
		ResponseEntity<byte[]> word = get("/api/v1/meetings/" + meeting + "/notice?format=docx");
		assertThat(word.getStatusCode()).isEqualTo(HttpStatus.OK);
		keep(word, "thong-bao-ket-luan.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.getBody()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			Decree30.assertLaidOut(document, "HUYỆN CẦN ĐƯỚC", "Số: .*/TB-UBND", PLACE_AND_DATE);
			assertThat(extractor.getText()).contains("THÔNG BÁO", "Kết luận của", "kết luận như sau:",
					"1. ", "chủ trì", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG");
		}
		ResponseEntity<byte[]> pdf = get("/api/v1/meetings/" + meeting + "/notice?format=pdf");
		assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
		keep(pdf, "thong-bao-ket-luan.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÔNG BÁO", "Nơi nhận:");
		}
	}

	@Test
	void the_report_before_the_meeting_carries_the_official_header() throws IOException {
		ResponseEntity<byte[]> word = get("/api/v1/reports/before-meeting?orgUnit=CD&period=2024-05&format=docx");
		assertThat(word.getStatusCode()).isEqualTo(HttpStatus.OK);
		keep(word, "bao-cao-truoc-cuoc-hop.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.getBody()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			Decree30.assertLaidOut(document, "HUYỆN CẦN ĐƯỚC", "Số: +/BC-UBND", PLACE_AND_DATE);
			assertThat(extractor.getText()).contains("BÁO CÁO", "trước cuộc họp tháng 5 năm 2024",
					"I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO", "II. KHÓ KHĂN, VƯỚNG MẮC");
		}
	}

	@Test
	void a_meeting_document_comes_as_word_or_pdf_only() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/meetings/" + demoMeeting() + "/notice?format=xlsx", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("docx hoặc pdf");
	}

	@SuppressWarnings("unchecked")
	private long demoMeeting() {
		List<Map<String, Object>> meetings = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForObject("/api/v1/meetings", List.class);
		return meetings.stream()
			.filter(meeting -> "2024-05-23".equals(meeting.get("heldOn")))
			.map(meeting -> ((Number) meeting.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

	private ResponseEntity<byte[]> get(String url) {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD).getForEntity(url, byte[].class);
	}

	private static void keep(ResponseEntity<byte[]> response, String name) throws IOException {
		Path directory = Files.createDirectories(Path.of("target", "reports", "meetings"));
		Files.write(directory.resolve(name), response.getBody());
	}

}

package org.chitieu.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class MonthlyReportApiIntegrationTests {

	/** The seed article's figures as the demo data holds them (welfare funds have one decimal). */
	private static final List<String> SEED_FIGURES = List.of("có 22/24 chỉ tiêu kinh tế - xã hội đạt kế hoạch tiến độ đề ra",
			"Sản lượng lúa đạt 51.587 tấn, bằng 57,32% kế hoạch năm, tăng 9.087 tấn (+21,38%) so với cùng kỳ.",
			"tăng 1.700 tấn", "tăng 50,19 tấn", "đạt 98,98%", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%",
			"Tỷ lệ chi trả bồi thường giải phóng mặt bằng 3 cụm công nghiệp, 2 khu tái định cư đạt 81%", "đạt 14,2 tỷ đồng",
			"đạt 7 lớp", "đạt 7.633 lao động");

	@Autowired
	TestRestTemplate rest;

	@Test
	void the_word_report_is_laid_out_per_decree_30() throws IOException {
		ResponseEntity<byte[]> response = get("/api/v1/reports/monthly?orgUnit=CD&period=2024-05&format=docx");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"bao-cao-thang-05-2024-CD.docx\"");
		keep(response, "docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
			Decree30.assertLaidOut(document, "HUYỆN CẦN ĐƯỚC", "Số: 05/BC-UBND", "Cần Đước, ngày 23 tháng 5 năm 2024");

			XWPFParagraph title = paragraph(document, "BÁO CÁO");
			assertRun(title, 14, true, false);
			assertThat(paragraph(document, "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 5 năm 2024")
				.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(paragraph(document, "Số liệu từ ngày 15/4/2024 đến ngày 14/5/2024")).isNotNull();
			XWPFParagraph rice = paragraph(document, "Sản lượng lúa đạt 51.587 tấn");
			assertThat(rice.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
			assertThat(rice.getFirstLineIndent()).isEqualTo(720);
			assertThat(rice.getSpacingAfter()).isGreaterThanOrEqualTo(120);
			assertRun(rice, 14, false, false);
			assertRun(paragraph(document, "I. KẾT QUẢ THỰC HIỆN"), 14, true, false);

			XWPFTable closing = document.getTables().get(1);
			assertRun(closing.getRow(0).getCell(0).getParagraphs().get(1), 11, false, false);
			assertThat(closing.getRow(0).getCell(0).getText()).contains("- Lưu: VT.");
			assertThat(closing.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH");

			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains(SEED_FIGURES);
			assertThat(text).contains("II. TỒN TẠI, HẠN CHẾ", "Chi cục Thuế khu vực Cần Đước - Cần Giuộc: Chưa đạt tiến độ do nguồn thu",
					"Phòng Tài chính - Kế hoạch: Chưa đạt tiến độ do vướng bồi thường",
					"III. NHIỆM VỤ TRỌNG TÂM THÁNG 6 NĂM 2024", "1. Tập trung thực hiện công tác thu ngân sách");
			assertThat(text).doesNotContain("null", "NaN", "BEHIND", "ON_TRACK", "ACHIEVED", "NO_DATA");
			XWPFTable annex = document.getTables().get(2);
			assertThat(annex.getRow(0).getCell(0).getText()).isEqualTo("STT");
			assertThat(annex.getRows()).hasSize(1 + 8 + 24);
		}
	}

	@Test
	void the_excel_annex_holds_numbers_in_vietnamese_formats() throws IOException {
		ResponseEntity<byte[]> response = get("/api/v1/reports/monthly?orgUnit=CD&period=2024-05&format=xlsx");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"bao-cao-thang-05-2024-CD.xlsx\"");
		keep(response, "xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
			assertThat(sheet.getFitToPage()).isTrue();
			Row rice = row(sheet, "Sản lượng lúa");
			Cell actual = rice.getCell(6);
			assertThat(actual.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(actual.getNumericCellValue()).isEqualTo(51587.0);
			assertThat(actual.getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0");
			assertThat(rice.getCell(8).getNumericCellValue()).isEqualTo(42500.0);
			assertThat(rice.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]0.00%");
			assertThat(rice.getCell(9).getNumericCellValue()).isEqualTo(1.2138);
			assertThat(rice.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]0.00%");
			assertThat(rice.getCell(7).getNumericCellValue()).isEqualTo(0.5732);
			Row shrimp = row(sheet, "Sản lượng tôm nuôi");
			assertThat(shrimp.getCell(6).getNumericCellValue()).isEqualTo(1541.89);
			assertThat(shrimp.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0.00");
			Row budget = row(sheet, "Tổng thu ngân sách nhà nước");
			assertThat(budget.getCell(10).getStringCellValue()).isEqualTo("Chưa đạt tiến độ");
			// Excel prints 214,6 as Word does, not 214,600
			assertThat(budget.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0.0");
			assertThat(row(sheet, "Tỷ lệ chất thải rắn").getCell(10).getStringCellValue())
				.isEqualTo("Đạt tiến độ (trong ngưỡng cho phép 5%)");
			assertThat(sheet.getRow(ExcelRenderer.HEADER_ROW).getCell(4).getStringCellValue())
				.isEqualTo("Kế hoạch tiến độ đến tháng 5 năm 2024");
			assertThat(sheet.getRow(ExcelRenderer.HEADER_ROW).getCell(9).getStringCellValue()).isEqualTo("% so cùng kỳ");
			Row sector = sheet.getRow(rice.getRowNum() - 1);
			assertThat(sector.getCell(0).getStringCellValue()).isEqualTo("Nông nghiệp, nông thôn");
			assertThat(rice.getOutlineLevel()).isEqualTo(1);
			assertThat(sector.getOutlineLevel()).isZero();
		}
	}

	@Test
	void the_pdf_carries_the_vietnamese_sentences_intact() throws IOException {
		ResponseEntity<byte[]> response = get("/api/v1/reports/monthly?orgUnit=CD&period=2024-05&format=pdf");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
		keep(response, "pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Cần Đước, ngày 23 tháng 5 năm 2024", "Số liệu từ ngày 15/4/2024 đến ngày 14/5/2024");
			assertThat(text).contains(SEED_FIGURES);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void the_web_page_opens_in_the_browser() throws IOException {
		ResponseEntity<byte[]> response = get("/api/v1/reports/monthly?orgUnit=CD&period=2024-05&format=html");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("inline; filename=\"bao-cao-thang-05-2024-CD.html\"");
		keep(response, "html");
		String page = new String(response.getBody(), StandardCharsets.UTF_8);
		assertThat(page).contains("<html lang=\"vi\"", "@page", "tăng 9.087 tấn (+21,38%)");
	}

	@Test
	void english_is_given_on_request() {
		ResponseEntity<byte[]> response = get("/api/v1/reports/monthly?orgUnit=CD&period=2024-05&format=html&lang=en");
		String page = new String(response.getBody(), StandardCharsets.UTF_8);
		assertThat(page).contains("Since the start of the year, 22 of 24 socio-economic targets are on schedule",
				"Rice output reached 51,587 tấn, 57.32% of the year&#39;s target, up 9,087 tấn (+21.38%)",
				"Cần Đước, 23 May 2024");
	}

	@Test
	void a_user_outside_the_unit_is_refused() {
		// lanhdao is CD's leader: TN (Tây Ninh) is outside CD's subtree
		ResponseEntity<String> response = this.rest.withBasicAuth("lanhdao", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.getForEntity("/api/v1/reports/monthly?orgUnit=TN&period=2024-05&format=html", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void an_unknown_format_is_a_problem_naming_the_choices() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/reports/monthly?orgUnit=CD&period=2024-05&format=odt", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("docx, xlsx, pdf hoặc html");
	}

	@Test
	void the_report_tells_each_projects_disbursement_against_its_plan_and_schedule() {
		String may = new String(get("/api/v1/reports/monthly?orgUnit=CD&period=2024-05&format=html").getBody(),
				StandardCharsets.UTF_8);
		assertThat(may).contains("Giải ngân vốn đầu tư công theo công trình, dự án",
				"Đường Vành đai thị trấn Cần Đước (giai đoạn 1) (Ban Quản lý dự án đầu tư xây dựng huyện): kế hoạch vốn năm 85 tỷ đồng, đã giải ngân 13,5 tỷ đồng, đạt 15,88% kế hoạch vốn; chậm tiến độ: Giải ngân 13,5 tỷ đồng, mới đạt 57,9% so với tiến độ kế hoạch");
	}

	@Test
	void the_june_report_lists_the_open_directives_of_the_may_meeting_as_next_months_tasks() {
		String may = new String(get("/api/v1/reports/monthly?orgUnit=CD&period=2024-05&format=html").getBody(),
				StandardCharsets.UTF_8);
		assertThat(may).as("the May report is dated before the meeting's notice").doesNotContain("; hạn ");
		String june = new String(get("/api/v1/reports/monthly?orgUnit=CD&period=2024-06&format=html").getBody(),
				StandardCharsets.UTF_8);
		assertThat(june).contains("III. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024",
				"Đẩy nhanh chi trả bồi thường, giải phóng mặt bằng 3 cụm công nghiệp, 2 khu tái định cư");
		assertThat(june).containsPattern("Ban Quản lý dự án[^;]*; hạn \\d{1,2}/\\d{1,2}/2024");
	}

	private ResponseEntity<byte[]> get(String url) {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD).getForEntity(url, byte[].class);
	}

	/** Leaves the documents in target/reports for a look in LibreOffice. */
	private static void keep(ResponseEntity<byte[]> response, String extension) throws IOException {
		Path directory = Path.of("target", "reports");
		Files.createDirectories(directory);
		Files.write(directory.resolve("bao-cao-thang-05-2024-CD." + extension), response.getBody());
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String start) {
		return document.getParagraphs()
			.stream()
			.filter(paragraph -> paragraph.getText().startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
	}

	private static Row row(XSSFSheet sheet, String indicator) {
		for (Row row : sheet) {
			Cell name = row.getCell(1);
			if (name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().startsWith(indicator)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + indicator);
	}

	private static void assertRun(XWPFParagraph paragraph, int size, boolean bold, boolean italic) {
		Decree30.assertRun(paragraph, size, bold, italic);
	}

}

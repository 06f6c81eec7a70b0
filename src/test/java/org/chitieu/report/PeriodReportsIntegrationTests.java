package org.chitieu.report;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quarterly, half-year, nine-month and annual reports of the demo's data: Decree 30 layout, the
 * period in the title, its window in the header, and the text as LibreOffice reads the Word file.
 */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class PeriodReportsIntegrationTests {

	private static final File SOFFICE = new File("/usr/bin/soffice");

	private static final File PDFTOTEXT = new File("/usr/bin/pdftotext");

	private static final String NUMBER = "Số: +/BC-UBND|Số: \\d+/BC-UBND";

	private static final String PLACE_AND_DATE = "Cần Đước, ngày \\d{2} tháng (0[12]|[3-9]|1[012]) năm \\d{4}";

	@Autowired
	TestRestTemplate rest;

	@Test
	void the_first_quarter_report_names_the_quarter_and_prints_its_decree_09_window() throws Exception {
		String text = word("2024-Q1");
		assertThat(text).contains("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2024",
				"Số liệu từ ngày 15/12/2023 đến ngày 14/3/2024", "III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024",
				"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI QUÝ I NĂM 2024");
		assertThat(text).doesNotContain("null", "NaN", "ON_TRACK");
	}

	@Test
	void the_second_quarter_states_each_flows_own_figure_and_the_year_to_date() throws Exception {
		String text = word("2024-Q2");
		assertThat(text).contains("Số liệu từ ngày 15/3/2024 đến ngày 14/6/2024",
				"Sản lượng lúa quý II năm 2024 đạt", "lũy kế từ đầu năm đạt 59.186 tấn, bằng 65,76% kế hoạch năm");
	}

	@Test
	void the_half_year_nine_month_and_annual_reports_name_their_periods() throws Exception {
		assertThat(word("2024-H1")).contains("kinh tế - xã hội 6 tháng đầu năm 2024",
				"Số liệu từ ngày 15/12/2023 đến ngày 14/6/2024", "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024");
		assertThat(word("2024-9M")).contains("kinh tế - xã hội 9 tháng năm 2024",
				"Số liệu từ ngày 15/12/2023 đến ngày 14/9/2024");
		String year = word("2024");
		assertThat(year).contains("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024",
				"Số liệu từ ngày 15/12/2023 đến ngày 14/12/2024", "so với năm 2023",
				"III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "Sản lượng lúa đạt 103.319 tấn, bằng 114,8% kế hoạch năm");
	}

	@Test
	void libre_office_opens_the_quarterly_half_year_and_annual_reports_as_the_office_would() throws Exception {
		assumeTrue(SOFFICE.canExecute() && PDFTOTEXT.canExecute(),
				"needs LibreOffice Writer and poppler (bin/test installs libreoffice-writer-nogui, poppler-utils)");
		Path directory = Files.createDirectories(Path.of("target", "reports", "periods"));
		Map<String, String> titles = Map.of("2024-Q1", "quý I năm 2024", "2024-H1", "6 tháng đầu năm 2024", "2024",
				"năm 2024");
		for (Map.Entry<String, String> period : titles.entrySet()) {
			ResponseEntity<byte[]> response = get("/api/v1/reports?orgUnit=CD&period=" + period.getKey() + "&format=docx");
			Path docx = directory.resolve("bao-cao-" + period.getKey() + "-CD.docx");
			Files.write(docx, response.getBody());
			String pdfText = convert(docx, directory);
			assertThat(pdfText).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
					"Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội " + period.getValue(), "Nơi nhận:",
					"TM. ỦY BAN NHÂN DÂN", "PHỤ LỤC", "Sản lượng lúa", "% so cùng kỳ");
		}
	}

	@Test
	void the_excel_and_pdf_of_a_quarter_download_under_the_periods_name() {
		ResponseEntity<byte[]> excel = get("/api/v1/reports?orgUnit=CD&period=2024-Q1&format=xlsx");
		assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(excel.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"bao-cao-2024-Q1-CD.xlsx\"");
		ResponseEntity<byte[]> html = get("/api/v1/reports?orgUnit=CD&period=2024-H2&format=html");
		String page = new String(html.getBody(), StandardCharsets.UTF_8);
		assertThat(page).contains("name=\"viewport\"", "6 tháng cuối năm 2024", "Số liệu từ ngày 15/6/2024 đến ngày 14/12/2024",
				"class=\"scroll\"");
	}

	@Test
	void a_bad_period_key_is_a_problem_naming_the_accepted_forms() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.getForEntity("/api/v1/reports?orgUnit=CD&period=2024-Q5&format=docx", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("YYYY-MM, YYYY-Qn, YYYY-H1, YYYY-H2, YYYY-9M, YYYY");
	}

	/** The Word report's text, after the Decree 30 checks. */
	private String word(String period) throws IOException {
		ResponseEntity<byte[]> response = get("/api/v1/reports?orgUnit=CD&period=" + period + "&format=docx");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getBody()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			Decree30.assertLaidOut(document, "HUYỆN CẦN ĐƯỚC", NUMBER, PLACE_AND_DATE);
			return extractor.getText();
		}
	}

	private static String convert(Path docx, Path directory) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("chitieu-soffice");
		Process process = new ProcessBuilder(SOFFICE.getPath(), "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", directory.toString(), docx.toString())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finishes").isTrue();
		Path pdf = directory.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isBetween(594f, 597f);
		}
		// poppler reads LibreOffice's stacked Vietnamese marks in order, where PDFBox does not
		Process text = new ProcessBuilder(PDFTOTEXT.getPath(), pdf.toString(), "-").start();
		String content = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return content.replaceAll("\\s+", " ");
	}

	private ResponseEntity<byte[]> get(String url) {
		return this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD).getForEntity(url, byte[].class);
	}

}

package org.chitieu.progress.query;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard's table downloaded as a spreadsheet: the article's May 2024 figures, as numbers. */
@ChiTieuIntegrationTest
class DashboardWorkbookIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Users users;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void the_dashboard_table_downloads_with_its_title_and_numbers_as_numbers() throws Exception {
		try (XSSFWorkbook workbook = download("lanhdao", "/dashboard.xlsx?orgUnit=CD&period=2024-05")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Huyện Cần Đước – tháng 5 năm 2024");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("22/24 chỉ tiêu đạt kế hoạch tiến độ");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Kế hoạch: Nghị quyết");

			Row rice = row(sheet, "Sản lượng lúa");
			Cell delta = rice.getCell(8);
			assertThat(delta.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(Math.round(delta.getNumericCellValue())).isEqualTo(9087);
			assertThat(delta.getCellStyle().getDataFormatString()).isEqualTo("[$-42A]+#,##0;-#,##0;0");
			assertThat(rice.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]0.0%");
			assertThat(rice.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]+0.00%;-0.00%;0.00%");

			Row online = row(sheet, "Tỷ lệ dịch vụ công trực tuyến có phát sinh");
			assertThat(online.getCell(4).getNumericCellValue()).isCloseTo(98.98, within(0.005));
			assertThat(online.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0.00");
		}
	}

	@Test
	void the_dashboard_table_keeps_the_filter_and_the_users_scope() throws Exception {
		try (XSSFWorkbook workbook = download("lanhdao", "/dashboard.xlsx?orgUnit=CD&period=2024-05&status=BEHIND")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			long rows = 0;
			for (Row row : sheet) {
				if (row.getRowNum() > 5 && row.getCell(6) != null && !row.getCell(6).getStringCellValue().isEmpty()) {
					assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Chậm tiến độ");
					rows++;
				}
			}
			// the budget revenue and the disbursement rate, as on the dashboard
			assertThat(rows).isEqualTo(2);
		}
		this.mvc.perform(get("/dashboard.xlsx?orgUnit=CD&period=2024-05").with(user(demo("lanhdao.longcang"))))
			.andExpect(status().isForbidden());
	}

	private XSSFWorkbook download(String username, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(demo(username))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn();
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

	private static Row row(XSSFSheet sheet, String namePrefix) {
		for (Row row : sheet) {
			if (row.getRowNum() > 5 && row.getCell(0).getStringCellValue().startsWith(namePrefix)) {
				return row;
			}
		}
		throw new AssertionError("no row " + namePrefix);
	}

}

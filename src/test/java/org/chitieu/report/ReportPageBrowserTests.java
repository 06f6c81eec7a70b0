package org.chitieu.report;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office opens the first quarter's report: the page names the quarter, warns that the signer's name
 * is missing, previews the report with the quarter's window, and the picker moves to the half-year. On
 * a phone the report reads without scrolling the page sideways: only the annex table scrolls.
 */
@ChiTieuIntegrationTest
class ReportPageBrowserTests {

	@LocalServerPort
	int port;

	private Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void the_office_previews_the_first_quarter_and_picks_the_half_year() {
		this.browser = Browser.start(this.port);
		WebDriver driver = this.browser.driver();
		this.browser.signIn("vanphong");
		this.browser.open("/reports?orgUnit=CD&period=2024-Q1");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Báo cáo quý I năm 2024 – Huyện Cần Đước");
		assertThat(this.browser.text(By.id("signer-missing"))).contains("Chưa có họ và tên người ký");
		assertThat(new Select(driver.findElement(By.name("period"))).getFirstSelectedOption().getText())
			.isEqualTo("Quý I năm 2024");
		assertThat(this.browser.text(By.id("issued-reports"))).contains("Chưa có báo cáo nào được ban hành",
				"tháng 3 năm 2024 chưa khóa sổ");
		assertThat(driver.findElements(By.id("period-lock"))).as("a quarter is not closed as such").isEmpty();

		driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.report-preview")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.summary")));
		assertThat(this.browser.text(By.cssSelector("p.summary")))
			.isEqualTo("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2024");
		assertThat(this.browser.text(By.cssSelector("p.window"))).isEqualTo("Số liệu từ ngày 15/12/2023 đến ngày 14/3/2024");
		driver.switchTo().defaultContent();

		new Select(driver.findElement(By.name("period"))).selectByValue("2024-H1");
		driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("period=2024-H1"));
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Báo cáo 6 tháng đầu năm 2024 – Huyện Cần Đước");
	}

	@Test
	void the_web_report_fits_a_phone_and_only_its_annex_scrolls() {
		this.browser = Browser.start(this.port, 390, 844);
		this.browser.signIn("lanhdao");
		this.browser.open("/reports/file?orgUnit=CD&period=2024-Q1&format=html");
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		long pageWidth = (Long) script.executeScript("return document.documentElement.scrollWidth");
		long viewport = (Long) script.executeScript("return window.innerWidth");
		assertThat(pageWidth).as("the page does not scroll sideways").isLessThanOrEqualTo(viewport);
		Boolean annexScrolls = (Boolean) script
			.executeScript("var s = document.querySelector('.scroll'); return s.scrollWidth > s.clientWidth;");
		assertThat(annexScrolls).as("the annex table scrolls inside its box").isTrue();
	}

}

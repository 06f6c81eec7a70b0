package org.chitieu.project;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project board's reporter files May's report for the commune clinic, which had disbursed 4,3 of
 * the 5 tỷ đồng its even schedule expects: the project moves from at risk to on track.
 */
@ChiTieuIntegrationTest
class ProjectBrowserTests {

	private static final String PROJECT = "TYT-PHUOC-VAN";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebDriver driver;

	private WebDriverWait wait;

	private Browser browser;

	@BeforeEach
	void startBrowser() {
		this.browser = Browser.start(this.port);
		this.driver = this.browser.driver();
		this.wait = this.browser.waiting();
	}

	@AfterEach
	void putTheDemoBack() {
		if (this.browser != null) {
			this.browser.close();
		}
		// the demo has no May report for the clinic; its history keeps the test's as an audit trail
		this.jdbc.sql("""
				delete from project_report where project_id = (select id from project where code = ?)
				  and year = 2024 and month = 5
				""").param(PROJECT).update();
	}

	@Test
	void the_investor_files_mays_report_and_the_project_moves_from_at_risk_to_on_track() {
		signIn("nhaplieu.bqlda");

		open("/projects?group=XDCB-2024&period=2024-05");
		assertThat(text(By.cssSelector("tr[data-code=" + PROJECT + "] .status"))).isEqualTo("Có nguy cơ chậm");

		open("/projects/" + PROJECT + "?period=2024-05");
		assertThat(text(By.id("project-status"))).isEqualTo("Có nguy cơ chậm");
		assertThat(text(By.id("project-reasons"))).contains("mới đạt 86% so với tiến độ kế hoạch");
		this.driver.findElement(By.id("report-link")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
		this.driver.findElement(By.name("disbursed")).sendKeys("1,2");
		this.driver.findElement(By.name("physicalProgress")).sendKeys("30");
		this.driver.findElement(By.cssSelector("button[value=submit]")).click();

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
		assertThat(text(By.cssSelector(".message.success"))).isEqualTo("Đã gửi duyệt báo cáo.");
		assertThat(text(By.id("project-status"))).isEqualTo("Đúng tiến độ");
		assertThat(text(By.id("project-disbursed"))).isEqualTo("5,5");
		assertThat(text(By.id("latest-report"))).contains("Chờ duyệt");

		open("/projects?group=XDCB-2024&period=2024-05");
		assertThat(text(By.cssSelector("tr[data-code=" + PROJECT + "] .status"))).isEqualTo("Đúng tiến độ");
	}

	@Test
	void the_site_clearance_group_shows_81_percent_paid_in_english_too() {
		signIn("lanhdao");
		open("/projects?group=GPMB-CCN-TDC&period=2024-05&lang=en");
		assertThat(text(By.cssSelector("#project-groups tr[data-code=GPMB-CCN-TDC] .rate"))).isEqualTo("81%");
		assertThat(this.driver.findElements(By.cssSelector("#project-table tr[data-code]"))).hasSize(5);
		assertThat(this.driver.findElements(By.id("report-link"))).isEmpty();
	}

	private void signIn(String username) {
		this.browser.signIn(username);
	}

	private void open(String path) {
		this.browser.open(path);
	}

	private String text(By by) {
		return this.browser.text(by);
	}

}

package org.chitieu.project;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The project board's reporter files May's report for the commune clinic, which had disbursed 4,3 of
 * the 5 tỷ đồng its even schedule expects: the project moves from at risk to on track.
 */
@ChiTieuIntegrationTest
class ProjectBrowserTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final String PROJECT = "TYT-PHUOC-VAN";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebDriver driver;

	private WebDriverWait wait;

	private Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"needs Debian's chromium and chromium-driver in /usr/bin (apt-get install chromium chromium-driver)");
		this.profile = Files.createTempDirectory("chitieu-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
	}

	@AfterEach
	void putTheDemoBack() {
		if (this.driver != null) {
			this.driver.quit();
		}
		// the demo has no May report for the clinic; its history keeps the test's as an audit trail
		this.jdbc.sql("""
				delete from project_report where project_id = (select id from project where code = ?)
				  and year = 2024 and month = 5
				""").param(PROJECT).update();
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
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
		open("/login");
		this.driver.findElement(By.name("username")).sendKeys(username);
		this.driver.findElement(By.name("password")).sendKeys(ChiTieuIntegrationTest.DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/dashboard"));
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private String text(By by) {
		return this.driver.findElement(by).getText().strip();
	}

}

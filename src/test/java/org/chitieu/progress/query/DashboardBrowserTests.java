package org.chitieu.progress.query;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValue;
import org.chitieu.datavalue.DataValueRow;
import org.chitieu.datavalue.DataValueService;
import org.chitieu.datavalue.DataValues;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reporter of the finance and planning department (owner of the public investment figures) raises
 * May's disbursement in the entry grid, and the dashboard's headline moves from 22/24 to 23/24: the
 * public investment disbursement rate is computed from that figure.
 */
@ChiTieuIntegrationTest
class DashboardBrowserTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final String INDICATOR = "INVEST_DISBURSED";

	@LocalServerPort
	int port;

	@Autowired
	DataValues dataValues;

	@Autowired
	DataValueService dataValueService;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Users users;

	private WebDriver driver;

	private WebDriverWait wait;

	private Path profile;

	private DataValue original;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"needs Debian's chromium and chromium-driver in /usr/bin (apt-get install chromium chromium-driver)");
		this.original = this.dataValues
			.find(this.catalogue.findByCode(INDICATOR).orElseThrow().id(),
					this.orgUnits.findByCode("CD").orElseThrow().id(), 2024, 5)
			.orElseThrow();
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
	void putTheDemoFigureBack() {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.original != null) {
			// posted by the admin, the figure is approved again, as the demo loaded it
			this.dataValueService.post(this.users.findByUsername("admin").orElseThrow(),
					List.of(new DataValueRow(INDICATOR, "CD", "2024-05", this.original.value(), this.original.comment())));
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	@Test
	void a_reporter_submits_a_figure_and_the_dashboard_counts_one_more_indicator_on_schedule() {
		signIn("nhaplieu.tckh");

		open("/dashboard?orgUnit=CD&period=2024-05");
		assertThat(text(By.id("headline-count"))).isEqualTo("22/24");
		assertThat(status("INVEST_DISBURSE_RATE")).isEqualTo("Chậm tiến độ");

		open("/entry?orgUnit=CD&year=2024");
		WebElement may = this.driver.findElement(By.name("v." + INDICATOR + ".5"));
		assertThat(may.getDomProperty("value")).isEqualTo("48,2");
		may.clear();
		may.sendKeys("120,5");
		this.driver.findElement(By.cssSelector("button[value=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
		assertThat(text(By.cssSelector(".message.success"))).isEqualTo("Đã gửi duyệt 1 số liệu.");
		assertThat(this.driver.findElement(By.name("v." + INDICATOR + ".5")).getDomProperty("value")).isEqualTo("120,5");

		open("/dashboard?orgUnit=CD&period=2024-05");
		assertThat(text(By.id("headline-count"))).isEqualTo("23/24");
		assertThat(status("INVEST_DISBURSE_RATE")).isEqualTo("Đúng tiến độ");
	}

	@Test
	void the_status_filter_swaps_the_table_with_htmx_and_english_is_one_click_away() {
		signIn("lanhdao");

		open("/dashboard?orgUnit=CD&period=2024-05");
		assertThat(this.driver.findElements(By.cssSelector("#indicator-table tr[data-code]"))).hasSize(24);
		new Select(this.driver.findElement(By.name("status"))).selectByValue("BEHIND");
		this.wait.until(driver -> driver.findElements(By.cssSelector("#indicator-table tr[data-code]")).size() == 2);
		assertThat(this.driver.getCurrentUrl()).contains("status=BEHIND");
		assertThat(text(By.cssSelector("tr[data-code=BUDGET_REVENUE] .explanation"))).contains("Chưa đạt tiến độ");

		this.driver.findElement(By.cssSelector(".lang-switch a[lang=en]")).click();
		this.wait.until(driver -> "en".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
		assertThat(text(By.cssSelector(".headline"))).isEqualTo("22/24 indicators on schedule");
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

	private String status(String code) {
		return text(By.cssSelector("tr[data-code=" + code + "] .status"));
	}

}

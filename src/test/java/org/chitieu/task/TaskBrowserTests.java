package org.chitieu.task;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * From assignment to done in the browser: the office assigns a task to the agriculture department,
 * its reporter finds it in the inbox and reports it done, and the leader sees the demo's late and
 * blocked directives of June 2024.
 */
@ChiTieuIntegrationTest
class TaskBrowserTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

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
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	@Test
	void the_office_assigns_a_task_and_the_department_reports_it_done_on_time() {
		LocalDate today = LocalDate.now(this.clock);
		signIn("vanphong");
		open("/tasks/new");
		this.driver.findElement(By.name("title")).sendKeys("Thống kê thiệt hại do xâm nhập mặn");
		new Select(this.driver.findElement(By.name("leadAgency"))).selectByValue("CD-NN");
		setValue(By.name("deadline"), today.plusDays(10).toString());
		this.driver.findElement(By.cssSelector("form.task-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
		String taskUrl = this.driver.getCurrentUrl().replaceAll("\\?.*", "");
		assertThat(text(By.id("task-status"))).isEqualTo("Chưa đến hạn");

		this.driver.manage().deleteAllCookies();
		signIn("nhaplieu.nn");
		open("/inbox");
		WebElement assignment = this.driver.findElement(By.linkText(
				"Được giao nhiệm vụ: Thống kê thiệt hại do xâm nhập mặn (hạn " + shortDate(today.plusDays(10)) + ")"));
		assignment.click();
		this.wait.until(ExpectedConditions.urlToBe(taskUrl));
		this.driver.findElement(By.name("text")).sendKeys("Đã thống kê xong 17 xã, gửi kèm biểu tổng hợp");
		this.driver.findElement(By.name("percentDone")).sendKeys("100");
		this.driver.findElement(By.cssSelector("form.report-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
		assertThat(text(By.id("task-status"))).isEqualTo("Hoàn thành đúng hạn");
		assertThat(text(By.id("task-percent"))).isEqualTo("100%");
	}

	@Test
	void the_leader_sees_who_is_late_and_what_is_blocked_in_june_2024() {
		signIn("lanhdao");
		open("/oversight?asOf=2024-06-24");
		assertThat(text(By.id("overdue"))).contains("Đẩy nhanh giải ngân vốn đầu tư công", "Phòng Tài chính - Kế hoạch",
				"Tăng cường kiểm tra, giám sát tiến độ");
		assertThat(text(By.id("blocked"))).contains("6 hộ chưa đồng ý phương án bồi thường", "Chủ tịch UBND huyện");
		assertThat(text(By.cssSelector("#agency-summary tr[data-agency=CD-TNMT]"))).contains("50%");
		this.driver.findElement(By.cssSelector(".lang-switch a[lang=en]")).click();
		this.wait.until(driver -> "en".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
		assertThat(text(By.tagName("h1"))).isEqualTo("Oversight");
	}

	private void signIn(String username) {
		open("/login");
		this.driver.findElement(By.name("username")).sendKeys(username);
		this.driver.findElement(By.name("password")).sendKeys(ChiTieuIntegrationTest.DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/dashboard"));
	}

	private void setValue(By by, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];",
				this.driver.findElement(by), value);
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private String text(By by) {
		return this.driver.findElement(by).getText().strip();
	}

	private static String shortDate(LocalDate date) {
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
	}

}

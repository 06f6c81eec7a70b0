package org.chitieu.task;

import java.time.Clock;
import java.time.LocalDate;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From assignment to done in the browser: the office assigns a task to the agriculture department,
 * its reporter finds it in the inbox and reports it done, and the leader sees the demo's late and
 * blocked directives of June 2024.
 */
@ChiTieuIntegrationTest
class TaskBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

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
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
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
		this.browser.signIn(username);
	}

	private void setValue(By by, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];",
				this.driver.findElement(by), value);
	}

	private void open(String path) {
		this.browser.open(path);
	}

	private String text(By by) {
		return this.browser.text(by);
	}

	private static String shortDate(LocalDate date) {
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
	}

}

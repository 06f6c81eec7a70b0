package org.chitieu.metadata;

import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator records on the page that from 1/7/2025 two communes of a locality of the test's
 * own form a new one (the second with half its territory), sees the 750 tons the new commune inherits
 * before saving, and then finds them in the new commune's progress.
 */
@ChiTieuIntegrationTest
class MergerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	private Browser browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void a_merger_is_previewed_recorded_and_its_figures_show_in_the_successors_progress() {
		TestRestTemplate admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		MergersIntegrationTests.locality(admin, "MRW");
		this.browser = Browser.start(this.port, 390, 844);
		WebDriver driver = this.browser.driver();
		this.browser.open("/login");
		driver.findElement(By.name("username")).sendKeys("admin");
		driver.findElement(By.name("password")).sendKeys(ChiTieuIntegrationTest.ADMIN_PASSWORD);
		driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/dashboard"));

		this.browser.open("/catalogue");
		driver.findElement(By.linkText("Sáp nhập đơn vị")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("merger-form")));
		driver.findElement(By.id("successor")).sendKeys("MRW-N");
		driver.findElement(By.id("create")).click();
		driver.findElement(By.id("successor-name")).sendKeys("Xã MRW Mới");
		new Select(driver.findElement(By.id("successor-type"))).selectByValue("COMMUNE");
		driver.findElement(By.id("successor-parent")).sendKeys("MRW-D");
		// a date input's typing differs between browsers; the value is set as a picker would set it
		((JavascriptExecutor) driver).executeScript("arguments[0].value = '2025-07-01';",
				driver.findElement(By.id("merger-date")));
		List<WebElement> predecessors = driver.findElements(By.name("predecessor"));
		List<WebElement> weights = driver.findElements(By.name("weight"));
		predecessors.get(0).sendKeys("MRW-A");
		predecessors.get(1).sendKeys("MRW-B");
		weights.get(1).clear();
		weights.get(1).sendKeys("0,5");
		click(driver, By.id("merger-preview"));

		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#merger-preview-table tr[data-code=MRW_RICE]")));
		assertThat(this.browser.text(By.cssSelector("#merger-preview-table tr[data-code=MRW_RICE]")))
			.contains("600", "300", "750");
		assertThat(this.browser.text(By.id("merger-preview-result"))).contains("tháng 6 năm 2025");
		click(driver, By.id("merger-save"));
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("merger-recorded")));
		assertThat(this.browser.text(By.id("merger-recorded"))).contains("từ ngày 1/7/2025", "MRW-A, MRW-B",
				"hợp thành MRW-N", "đã chuyển sang MRW-N");
		assertThat(this.browser.text(By.id("merger-recorded-list"))).contains("Xã MRW B (MRW-B)", "0,5",
				"Xã MRW Mới (MRW-N)");

		assertThat(admin.postForEntity("/api/v1/metadata", MergersIntegrationTests.json("""
				{"plans": [{"code": "MRW-N-2025", "orgUnit": "MRW-N", "year": 2025, "resolution": "Nghị quyết xã mới",
				            "targets": [{"indicator": "MRW_RICE", "value": 1500}]}]}
				"""), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		this.browser.open("/dashboard?orgUnit=MRW-N&period=2025-07");
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-table")));
		assertThat(driver.findElement(By.cssSelector("#indicator-table tr[data-code=MRW_RICE]")).getAttribute("textContent"))
			.contains("750");
	}

	/** Clicks a button scrolled into view: on a phone's width it may sit below the fold. */
	private static void click(WebDriver driver, By by) {
		WebElement element = driver.findElement(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

}

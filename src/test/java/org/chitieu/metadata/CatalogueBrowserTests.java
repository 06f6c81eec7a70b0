package org.chitieu.metadata;

import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator reads a computed indicator's formula by its components' names, is told of a
 * wrong name as they type, previews the article's 98,98% at Cần Đước in May 2024, and saves.
 */
@ChiTieuIntegrationTest
class CatalogueBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	IndicatorCatalogue catalogue;

	private Browser browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void a_formula_is_edited_by_name_checked_as_typed_previewed_and_saved_in_its_place() {
		List<String> order = this.catalogue.findAll().stream().map(Indicator::code).toList();
		this.browser = Browser.start(this.port);
		WebDriver driver = this.browser.driver();
		this.browser.open("/login");
		driver.findElement(By.name("username")).sendKeys("admin");
		driver.findElement(By.name("password")).sendKeys(ChiTieuIntegrationTest.ADMIN_PASSWORD);
		driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/dashboard"));

		this.browser.open("/catalogue/indicators/SVC_ONLINE_RATE");
		WebElement formula = driver.findElement(By.id("formula"));
		String byNames = formula.getDomProperty("value");
		assertThat(byNames).doesNotContain("#{").contains("[", "]");
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("formula-ok")));

		formula.sendKeys(" + [Không có chỉ tiêu này]");
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("formula-problem")));
		assertThat(this.browser.text(By.id("formula-problem"))).contains("Không có chỉ tiêu này");
		formula.clear();
		formula.sendKeys(byNames);
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("formula-ok")));

		new Select(driver.findElement(By.id("preview-unit"))).selectByValue("CD");
		// a month input's typing differs between browsers; the value is set as a picker would set it
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = '2024-05'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				driver.findElement(By.id("preview-month")));
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("formula-check"), "98,98"));

		driver.findElement(By.cssSelector("#indicator-form button[type=submit]")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
		assertThat(this.catalogue.findByCode("SVC_ONLINE_RATE").orElseThrow().formula())
			.isEqualTo("100 * #{SVC_WITH_ONLINE} / #{SVC_TOTAL}");
		assertThat(this.catalogue.findAll().stream().map(Indicator::code).toList()).isEqualTo(order);
	}

}

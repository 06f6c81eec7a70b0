package org.chitieu.datavalue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter on a phone goes from the entry grid to the upload page, sends a file with a wrong indicator
 * code and sees the refused row with its error (and nothing saved), then sends the corrected file and
 * sees how many figures were imported. Works on RICE at Tân Chánh in 2021, a year the demo leaves empty.
 */
@ChiTieuIntegrationTest
class ImportPageBrowserTests {

	private static final String HEADER = "indicator,orgUnit,period,value,comment\n";

	@LocalServerPort
	int port;

	@Autowired
	DataValues values;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	@TempDir
	Path files;

	private Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void a_reporter_sees_the_refused_row_beside_its_error_then_imports_the_corrected_file() throws IOException {
		this.browser = Browser.start(this.port, 390, 844);
		WebDriver driver = this.browser.driver();
		this.browser.signIn("nhaplieu.nn");
		this.browser.open("/entry?year=2024");
		WebElement link = driver.findElement(By.cssSelector("a[href$='/entry/import']"));
		assertThat(link.getText()).isEqualTo("Nhập từ tệp CSV hoặc XLSX");
		link.click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/entry/import"));
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Nhập số liệu từ tệp");
		assertThat(this.browser.text(By.id("import-empty"))).startsWith("Chưa có tệp nào được tải lên");

		upload("loi.csv", "RICE,CD-TAN-CHANH,2021-01,120,\nLUA_SAI,CD-TAN-CHANH,2021-02,5,\n");
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
		assertThat(this.browser.text(By.id("import-refusal"))).isEqualTo("Số liệu có lỗi; không có dòng nào được lưu.");
		List<WebElement> rows = driver.findElements(By.cssSelector("#import-errors tbody tr"));
		assertThat(rows).singleElement()
			.satisfies(row -> assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
				.containsExactly("3", "LUA_SAI", "CD-TAN-CHANH", "2021-02", "5", "Không có chỉ tiêu mã \"LUA_SAI\"."));
		assertThat(driver.findElement(By.id("import-empty")).isDisplayed()).isFalse();
		assertThat(counted(1)).as("nothing of the refused file is saved").isFalse();

		upload("dung.csv", "RICE,CD-TAN-CHANH,2021-01,120,\nRICE,CD-TAN-CHANH,2021-02,5,\n");
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-success")));
		assertThat(this.browser.text(By.id("import-success"))).isEqualTo("Đã nhập 2 số liệu.");
		assertThat(driver.findElement(By.id("import-bar")).getDomProperty("value")).isEqualTo("100");
		assertThat(driver.findElement(By.id("import-errors")).isDisplayed()).isFalse();
		assertThat(counted(1)).isTrue();

		JavascriptExecutor script = (JavascriptExecutor) driver;
		long pageWidth = (Long) script.executeScript("return document.documentElement.scrollWidth");
		long viewport = (Long) script.executeScript("return window.innerWidth");
		assertThat(pageWidth).as("the page does not scroll sideways on a phone").isLessThanOrEqualTo(viewport);
	}

	private void upload(String name, String rows) throws IOException {
		Path file = this.files.resolve(name);
		Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
		this.browser.driver().findElement(By.id("import-file")).sendKeys(file.toString());
		this.browser.driver().findElement(By.cssSelector("#import-form button[type=submit]")).click();
	}

	private boolean counted(int month) {
		return this.values.find(this.catalogue.findByCode("RICE").orElseThrow().id(),
				this.orgUnits.findByCode("CD-TAN-CHANH").orElseThrow().id(), 2021, month).isPresent();
	}

}

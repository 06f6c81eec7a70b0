package org.chitieu.progress.query;

import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValue;
import org.chitieu.datavalue.DataValueRow;
import org.chitieu.datavalue.DataValueService;
import org.chitieu.datavalue.DataValues;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.Users;
import org.chitieu.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter of the finance and planning department (owner of the public investment figures) raises
 * May's disbursement in the entry grid, and the dashboard's headline moves from 22/24 to 23/24: the
 * public investment disbursement rate is computed from that figure.
 */
@ChiTieuIntegrationTest
class DashboardBrowserTests {

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

	private Browser browser;

	private DataValue original;

	@BeforeEach
	void startBrowser() {
		this.original = this.dataValues
			.find(this.catalogue.findByCode(INDICATOR).orElseThrow().id(),
					this.orgUnits.findByCode("CD").orElseThrow().id(), 2024, 5)
			.orElseThrow();
		this.browser = Browser.start(this.port);
		this.driver = this.browser.driver();
		this.wait = this.browser.waiting();
	}

	@AfterEach
	void putTheDemoFigureBack() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.original != null) {
			// posted by the admin, the figure is approved again, as the demo loaded it
			this.dataValueService.post(this.users.findByUsername("admin").orElseThrow(),
					List.of(new DataValueRow(INDICATOR, "CD", "2024-05", this.original.value(), this.original.comment())));
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
		this.browser.signIn(username);
	}

	private void open(String path) {
		this.browser.open(path);
	}

	private String text(By by) {
		return this.browser.text(by);
	}

	private String status(String code) {
		return text(By.cssSelector("tr[data-code=" + code + "] .status"));
	}

}

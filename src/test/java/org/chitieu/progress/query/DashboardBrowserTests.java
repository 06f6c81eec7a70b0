package org.chitieu.progress.query;

import java.time.YearMonth;
import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.datavalue.DataValue;
import org.chitieu.datavalue.DataValueRow;
import org.chitieu.datavalue.DataValueService;
import org.chitieu.datavalue.DataValues;
import org.chitieu.datavalue.PeriodLocks;
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
 * May's approved disbursement in the entry grid: the dashboard keeps 22/24 until the department's head
 * approves the revision, then shows 23/24 (the disbursement rate is computed from that figure). The
 * office then closes May, and a later change to February is refused.
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

	@Autowired
	PeriodLocks locks;

	private WebDriver driver;

	private WebDriverWait wait;

	private Browser browser;

	private DataValue original;

	private boolean closed;

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
		if (this.closed) {
			this.locks.unlock(this.users.findByUsername("vanphong").orElseThrow(),
					this.orgUnits.findByCode("CD").orElseThrow(), YearMonth.of(2024, 5), "the test reopens May");
		}
		if (this.original != null) {
			// posted by the admin, the figure is approved again, as the demo loaded it
			this.dataValueService.post(this.users.findByUsername("admin").orElseThrow(),
					List.of(new DataValueRow(INDICATOR, "CD", "2024-05", this.original.value(), this.original.comment())));
		}
	}

	@Test
	void a_revision_counts_once_the_head_approves_it_and_a_closed_may_refuses_a_later_change() {
		signIn("nhaplieu.tckh");
		open("/dashboard?orgUnit=CD&period=2024-05");
		assertThat(text(By.id("headline-count"))).isEqualTo("22/24");
		assertThat(status("INVEST_DISBURSE_RATE")).isEqualTo("Chậm tiến độ");

		open("/entry?orgUnit=CD&year=2024");
		assertThat(input(5).getDomProperty("value")).isEqualTo("48,2");
		input(5).clear();
		input(5).sendKeys("120,5");
		explain(5, "Vốn tỉnh bổ sung giải ngân trong tháng");
		this.driver.findElement(By.cssSelector("button[value=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
		assertThat(text(By.cssSelector(".message.success"))).isEqualTo("Đã gửi duyệt 1 số liệu.");
		assertThat(input(5).getDomProperty("value")).isEqualTo("120,5");

		// the approved 48,2 keeps counting while the revision waits
		open("/dashboard?orgUnit=CD&period=2024-05");
		assertThat(text(By.id("headline-count"))).isEqualTo("22/24");

		try (Browser head = Browser.start(this.port)) {
			head.signIn("truongphong.tckh");
			head.open("/approval");
			head.driver().findElement(By.cssSelector("input[name=keys][value='" + INDICATOR + "|CD|2024-05']")).click();
			head.driver().findElement(By.cssSelector("button[value=approve]")).click();
			head.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
			assertThat(head.text(By.cssSelector(".message.success"))).isEqualTo("Đã duyệt 1 số liệu.");
		}
		open("/dashboard?orgUnit=CD&period=2024-05");
		assertThat(text(By.id("headline-count"))).isEqualTo("23/24");
		assertThat(status("INVEST_DISBURSE_RATE")).isEqualTo("Đúng tiến độ");

		// the reporter still has the grid open when the office closes May
		open("/entry?orgUnit=CD&year=2024");
		try (Browser office = Browser.start(this.port)) {
			office.signIn("vanphong");
			office.open("/reports?orgUnit=CD&period=2024-05");
			assertThat(office.text(By.cssSelector("#period-lock .message.info"))).contains("đang chờ duyệt");
			office.driver().findElement(By.cssSelector("#period-lock input[name=confirm]")).click();
			office.driver().findElement(By.cssSelector("#period-lock button[value=lock]")).click();
			office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("period-lock"), "Đã khóa sổ bởi vanphong"));
		}
		input(2).clear();
		input(2).sendKeys("30");
		explain(2, "Điều chỉnh");
		this.driver.findElement(By.cssSelector("button[value=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
		assertThat(text(By.cssSelector(".field-error")))
			.isEqualTo("Tháng 2024-02 của đơn vị CD đã khóa sổ: không nhập, sửa, xóa hay duyệt số liệu được nữa.");
		open("/entry?orgUnit=CD&year=2024");
		assertThat(input(2).isEnabled()).isFalse();
		assertThat(input(6).isEnabled()).isTrue();
		this.closed = true;
	}

	private WebElement input(int month) {
		return this.driver.findElement(By.name("v." + INDICATOR + "." + month));
	}

	private void explain(int month, String comment) {
		WebElement cell = input(month).findElement(By.xpath("./ancestor::td"));
		cell.findElement(By.tagName("summary")).click();
		cell.findElement(By.tagName("textarea")).sendKeys(comment);
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

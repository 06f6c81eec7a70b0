package org.chitieu.web;

import java.util.ArrayList;
import java.util.List;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page read on a phone (390 × 844) by the demo user who works with it: the page never
 * scrolls sideways (wide tables scroll inside their own box), and the menu opens from its button.
 */
@ChiTieuIntegrationTest
class PhoneLayoutBrowserTests {

	private static final int PHONE_WIDTH = 390;

	/** The page's elements that reach past the right edge, outermost first, to say what to fix. */
	/** The elements that reach past the right edge outside any scrolling box, outermost first, to say what to fix. */
	private static final String OVERFLOWING = """
			var limit = document.documentElement.clientWidth + 0.5, found = [];
			function scrolls(e) {
				for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
					if (getComputedStyle(a).overflowX !== 'visible') { return true; }
				}
				return false;
			}
			document.querySelectorAll('body *').forEach(function (e) {
				if (e.getBoundingClientRect().right > limit && e.parentElement.getBoundingClientRect().right <= limit && !scrolls(e)) {
					found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
						+ (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')
						+ ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
				}
			});
			return found.slice(0, 8).join(', ');
			""";

	@LocalServerPort
	int port;

	private Browser browser;

	private final List<String> tooWide = new ArrayList<>();

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void the_leaders_pages_fit_a_phone_and_the_menu_opens_from_its_button() {
		phoneSignedInAs("lanhdao");
		fits("/dashboard?orgUnit=CD&period=2024-05");
		fits("/indicators/RICE?orgUnit=CD&period=2024-05");
		fits("/projects?group=XDCB-2024&period=2024-05");
		fits("/projects/TYT-PHUOC-VAN?period=2024-05");
		fits("/reports?orgUnit=CD&period=2024-05");
		fits("/tasks");
		fits("/oversight?asOf=2024-06-24");
		fits("/inbox");
		fits("/meetings");
		this.browser.driver().findElement(By.cssSelector("main a[href^='/meetings/']:not([href$='/new'])")).click();
		fitsHere();

		assertThat(this.tooWide).isEmpty();

		WebElement dashboardLink = this.browser.driver().findElement(By.cssSelector(".main-nav a[href='/dashboard']"));
		assertThat(dashboardLink.isDisplayed()).as("the menu is folded on a phone").isFalse();
		this.browser.driver().findElement(By.cssSelector("button.menu-button")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOf(dashboardLink));
		fitsHere();
		assertThat(this.tooWide).as("the open menu fits too").isEmpty();
		dashboardLink.click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/dashboard"));
	}

	@Test
	void the_entry_grid_and_the_approval_page_fit_a_phone_and_the_grid_scrolls_its_months() {
		phoneSignedInAs("nhaplieu.nn");
		fits("/entry?orgUnit=CD&year=2024");
		Boolean gridScrolls = (Boolean) script()
			.executeScript("var w = document.querySelector('.grid').closest('.table-wrap'); return w.scrollWidth > w.clientWidth;");
		assertThat(gridScrolls).as("the grid's months scroll inside its box").isTrue();
		this.browser.close();
		phoneSignedInAs("truongphong.nn");
		fits("/approval");
		fits("/entry?orgUnit=CD&year=2024");
		assertThat(this.tooWide).isEmpty();
	}

	@Test
	void the_office_and_administration_pages_fit_a_phone() {
		phoneSignedInAs("vanphong");
		fits("/portal/admin");
		fits("/portal/admin/comments");
		fits("/plans");
		fits("/users");
		fits("/audit");
		this.browser.close();
		this.browser = phone();
		this.browser.signIn("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		fits("/catalogue");
		fits("/catalogue/indicators/RICE");
		fits("/catalogue/sectors");
		fits("/catalogue/agencies");
		fits("/catalogue/units");
		fits("/dhis2/mappings");
		fits("/audit");
		fits("/audit?page=1");
		assertThat(this.tooWide).isEmpty();
	}

	@Test
	void the_portal_and_its_article_fit_a_phone() {
		this.browser = phone();
		fits("/public");
		this.browser.driver().findElement(By.cssSelector("a[href^='/public/articles/']")).click();
		fitsHere();
		assertThat(this.tooWide).isEmpty();
	}

	private void phoneSignedInAs(String username) {
		this.browser = phone();
		this.browser.signIn(username);
	}

	private Browser phone() {
		Browser phone = Browser.start(this.port, PHONE_WIDTH, 844);
		phone.open("/login");
		assertThat((Long) ((JavascriptExecutor) phone.driver()).executeScript("return window.innerWidth"))
			.as("the page is laid out for a phone's width").isEqualTo(PHONE_WIDTH);
		return phone;
	}

	private void fits(String path) {
		this.browser.open(path);
		fitsHere();
	}

	/** Notes the page if it fails or is wider than the phone, with what sticks out, so one run lists every page to fix. */
	private void fitsHere() {
		if (!this.browser.driver().findElements(By.cssSelector(".error-page")).isEmpty()) {
			this.tooWide.add(this.browser.driver().getCurrentUrl() + " answers an error page");
			return;
		}
		long width = (Long) script().executeScript("return document.documentElement.scrollWidth");
		if (width > PHONE_WIDTH) {
			this.tooWide.add(this.browser.driver().getCurrentUrl() + " is " + width + " px wide: "
					+ script().executeScript(OVERFLOWING));
		}
	}

	private JavascriptExecutor script() {
		return (JavascriptExecutor) this.browser.driver();
	}

}

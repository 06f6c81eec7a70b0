package org.chitieu.portal;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.Users;
import org.chitieu.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest on a phone reads an article, makes the text larger (and finds it larger on the next
 * page), comments and is told the comment awaits moderation; once the office approves it, the
 * article counts one comment more.
 */
@ChiTieuIntegrationTest
class PortalBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Publications publications;

	@Autowired
	Comments comments;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private WebDriver driver;

	private WebDriverWait wait;

	private Browser browser;

	@BeforeEach
	void startBrowser() {
		this.browser = Browser.start(this.port, 390, 844);
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
	void a_guest_reads_enlarges_the_text_comments_and_the_count_grows_once_the_office_approves() {
		String slug = PortalFixtures.published(this.publications, this.users, "Thông báo lịch tiếp công dân");

		open("/public/articles/" + slug);
		assertThat(this.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-text")));
		assertThat(text(By.id("comments-heading"))).isEqualTo("Ý kiến (0)");
		assertThat(text(By.id("comment-counter"))).isEqualTo("0 / 500 ký tự");
		assertThat(this.driver.findElement(By.id("comment-name")).getDomAttribute("placeholder")).isEqualTo("Khách");

		double normal = rootFontSize();
		this.driver.findElement(By.id("font-larger")).click();
		this.driver.findElement(By.id("font-larger")).click();
		assertThat(rootFontSize()).isGreaterThan(normal);
		double larger = rootFontSize();
		open("/public");
		assertThat(rootFontSize()).isEqualTo(larger);
		this.driver.findElement(By.id("font-smaller")).click();
		assertThat(rootFontSize()).isLessThan(larger).isGreaterThan(normal);

		open("/public/articles/" + slug);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-text")));
		this.driver.findElement(By.id("comment-name")).sendKeys("Bà Tám");
		this.driver.findElement(By.id("comment-text")).sendKeys("Xin cho biết giờ tiếp công dân ngày thứ Bảy.");
		assertThat(text(By.id("comment-counter"))).isEqualTo("44 / 500 ký tự");
		this.driver.findElement(By.cssSelector(".comment-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#comments .message.success")));
		assertThat(text(By.cssSelector("#comments .message.success"))).contains("chờ duyệt");
		assertThat(text(By.id("comments-heading"))).isEqualTo("Ý kiến (0)");

		long comment = this.jdbc.sql("""
				select c.id from portal_comment c join portal_item i on i.id = c.item_id where i.slug = ?
				""").param(slug).query(Long.class).single();
		this.comments.moderate(PortalFixtures.office(this.users), comment, CommentStatus.APPROVED);

		this.driver.navigate().refresh();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comments .comment")));
		assertThat(text(By.id("comments-heading"))).isEqualTo("Ý kiến (1)");
		assertThat(text(By.cssSelector("#comments .comment .text"))).isEqualTo("Xin cho biết giờ tiếp công dân ngày thứ Bảy.");
		assertThat(text(By.cssSelector("#comments .comment .who strong"))).isEqualTo("Bà Tám");
	}

	private double rootFontSize() {
		Object size = ((JavascriptExecutor) this.driver)
			.executeScript("return parseFloat(getComputedStyle(document.documentElement).fontSize);");
		return ((Number) size).doubleValue();
	}

	private void open(String path) {
		this.browser.open(path);
	}

	private String text(By by) {
		return this.driver.findElement(by).getText().strip();
	}

}

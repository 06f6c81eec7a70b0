package org.chitieu.portal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A guest on a phone reads an article, makes the text larger (and finds it larger on the next
 * page), comments and is told the comment awaits moderation; once the office approves it, the
 * article counts one comment more.
 */
@ChiTieuIntegrationTest
class PortalBrowserTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

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
				"--window-size=390,844", "--user-data-dir=" + this.profile);
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
		this.driver.get("http://localhost:" + this.port + path);
	}

	private String text(By by) {
		return this.driver.findElement(by).getText().strip();
	}

}

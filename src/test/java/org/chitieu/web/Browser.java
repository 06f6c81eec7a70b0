package org.chitieu.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by its own chromedriver (so Selenium Manager never downloads
 * anything), in a fresh profile, against the application on {@code port}. {@code bin/test}
 * installs both; a machine without them skips the browser tests with this reason.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final int port;

	private final Path profile;

	private final WebDriver driver;

	private final WebDriverWait wait;

	private Browser(int port, Path profile, WebDriver driver) {
		this.port = port;
		this.profile = profile;
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	public static Browser start(int port) {
		return start(port, 1400, 1000);
	}

	/**
	 * A browser window of the given size, e.g. 390 × 844 for a phone. Chromium keeps a desktop window at least
	 * 500 px wide, so a narrower size is a phone's screen emulated, as the developer tools' device mode does.
	 */
	public static Browser start(int port, int width, int height) {
		assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"needs Debian's chromium and chromium-driver in /usr/bin (bin/test installs them)");
		try {
			Path profile = Files.createTempDirectory("chitieu-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			// without the background-networking flags Chromium keeps calling hosts this machine cannot reach
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=" + width + "," + height, "--user-data-dir=" + profile);
			if (width < 500) {
				options.setExperimentalOption("mobileEmulation",
						Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 3.0)));
			}
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
				.usingAnyFreePort()
				.build();
			return new Browser(port, profile, new ChromeDriver(service, options));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	public WebDriverWait waiting() {
		return this.wait;
	}

	public void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	/** Signs in with a demo account and waits for the dashboard. */
	public void signIn(String username) {
		signIn(username, ChiTieuIntegrationTest.DEMO_PASSWORD);
	}

	/** Signs in with the given password (e.g. {@code admin}'s) and waits for the dashboard. */
	public void signIn(String username, String password) {
		open("/login");
		this.driver.findElement(By.name("username")).sendKeys(username);
		this.driver.findElement(By.name("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/dashboard"));
	}

	/** The text of an element, once the page that shows it has loaded (a click may still be navigating). */
	public String text(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText().strip();
	}

	@Override
	public void close() {
		this.driver.quit();
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

}

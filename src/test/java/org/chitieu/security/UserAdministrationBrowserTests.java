package org.chitieu.security;

import java.util.UUID;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office creates a reporter for a commune on the users page; the reporter signs in with the
 * one-time password, is made to change it, and enters a figure for the commune.
 */
@ChiTieuIntegrationTest
class UserAdministrationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Browser browser;

	private String username;

	@AfterEach
	void closeAndRemoveTheDraft() {
		if (this.browser != null) {
			this.browser.close();
		}
		// the reporter's draft of June counts nowhere; it goes so the demo stays as loaded
		this.jdbc.sql("""
				delete from data_value where updated_by = ? and status = 'DRAFT'
				""").param(this.username).update();
	}

	@Test
	void a_commune_reporter_created_by_the_office_signs_in_changes_the_one_time_password_and_enters_a_figure() {
		this.username = "nhaplieu.lc." + UUID.randomUUID().toString().substring(0, 6);
		this.browser = Browser.start(this.port, 390, 844);
		WebDriver driver = this.browser.driver();
		this.browser.signIn("vanphong");

		this.browser.open("/users");
		driver.findElement(By.id("new-user")).click();
		driver.findElement(By.name("username")).sendKeys(this.username);
		driver.findElement(By.name("displayName")).sendKeys("Cán bộ nông nghiệp xã Long Cang");
		new Select(driver.findElement(By.name("role"))).selectByValue("REPORTER");
		new Select(driver.findElement(By.name("orgUnit"))).selectByValue("CD-LONG-CANG");
		new Select(driver.findElement(By.name("agency"))).selectByValue("CD-NN");
		driver.findElement(By.cssSelector("#user-form button[type=submit]")).click();
		String oneTime = this.browser.text(By.id("one-time-password"));
		assertThat(oneTime).hasSize(14);

		this.browser.open("/audit?actor=vanphong");
		assertThat(this.browser.text(By.cssSelector("table tbody"))).contains("Tạo tài khoản", this.username);
		driver.findElement(By.cssSelector("form.inline[action='/logout'] button")).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/login"));

		this.browser.open("/login");
		driver.findElement(By.name("username")).sendKeys(this.username);
		driver.findElement(By.name("password")).sendKeys(oneTime);
		driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/password"));
		this.browser.open("/entry");
		assertThat(driver.getCurrentUrl()).endsWith("/password");

		driver.findElement(By.name("current")).sendKeys(oneTime);
		driver.findElement(By.name("password")).sendKeys("Lua-Long-Cang-2024");
		driver.findElement(By.name("confirmation")).sendKeys("Lua-Long-Cang-2024");
		driver.findElement(By.cssSelector("#password-form button[type=submit]")).click();
		this.browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/password")));

		this.browser.open("/entry?orgUnit=CD-LONG-CANG&year=2024");
		WebElement june = driver.findElement(By.name("v.RICE.6"));
		june.clear();
		june.sendKeys("1234,5");
		driver.findElement(By.cssSelector("button[value=draft]")).click();
		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
		assertThat(this.browser.text(By.cssSelector(".message.success"))).isEqualTo("Đã lưu nháp 1 số liệu.");
		assertThat(driver.findElement(By.name("v.RICE.6")).getDomProperty("value")).isEqualTo("1.234,5");
	}

}

package io.github.rootcause.sample;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium submits the sign-up form twice with the same email: the second time, the page shows "email
 * already registered" next to the email field. Needs Debian's {@code chromium} and {@code chromium-driver}
 * packages; skipped without them, and failing without them when {@code ROOTCAUSE_DATABASES_REQUIRED=true}.
 */
@OnH2
class SignUpFormChromiumH2Test extends SampleTest {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startChromium() {
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			String reason = "Headless Chromium needs " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (Debian: apt-get install chromium chromium-driver)";
			if (Boolean.parseBoolean(System.getenv("ROOTCAUSE_DATABASES_REQUIRED"))) {
				Assertions.fail(reason + "; ROOTCAUSE_DATABASES_REQUIRED=true, so this fails instead of skipping");
			}
			Assumptions.abort(reason);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void secondSignUpWithTheSameEmailShowsEmailAlreadyRegisteredNextToTheField() {
		signUp("lily@example.com", "Lily");
		assertThat(browser.getCurrentUrl()).endsWith("/signup/welcome?email=lily%40example.com");
		assertThat(browser.findElement(By.id("email")).getText()).isEqualTo("lily@example.com");

		signUp("lily@example.com", "Lily Again");
		assertThat(browser.getCurrentUrl()).endsWith("/signup");
		WebElement email = browser.findElement(By.id("email"));
		assertThat(email.getDomProperty("value")).isEqualTo("lily@example.com");
		assertThat(email.getDomAttribute("class")).isEqualTo("invalid");
		WebElement next = email.findElement(By.xpath("following-sibling::*[1]"));
		assertThat(next.getDomAttribute("id")).isEqualTo("email-error");
		assertThat(next.getText()).isEqualTo("email already registered");
		assertThat(browser.findElements(By.id("name-error"))).isEmpty();
		assertThat(browser.findElements(By.id("form-error"))).isEmpty();
	}

	@Test
	void signUpWithoutAnEmailAddressShowsTheCheckMessageNextToTheField() {
		signUp("not-an-address", "Nobody");
		WebElement next = browser.findElement(By.id("email")).findElement(By.xpath("following-sibling::*[1]"));
		assertThat(next.getText()).isEqualTo("enter an email address");
	}

	/**
	 * Fills and submits the form, and waits until the answer has replaced the page: the new document is complete and
	 * no longer carries the mark set on the old one. While the browser navigates, its answers about the old page can
	 * be errors of several kinds ("stale element", "node does not belong to the document"); the wait looks again.
	 */
	private void signUp(String email, String name) {
		browser.get("http://127.0.0.1:" + this.port + "/signup");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("name")).sendKeys(name);
		JavascriptExecutor script = (JavascriptExecutor) browser;
		script.executeScript("window.rootcauseOldPage = true");
		browser.findElement(By.id("submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return window.rootcauseOldPage === undefined && document.readyState === 'complete'")));
	}

}

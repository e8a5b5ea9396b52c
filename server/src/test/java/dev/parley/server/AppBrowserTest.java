package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app as a person uses it, in Debian's Chromium driven by its ChromeDriver: compare two seeds
 * by upload, follow a paragraph to its partner, download the JSON, follow five versions. Each page
 * is saved as a screenshot under {@code target/screenshots}. Skipped where Chromium or ChromeDriver
 * is not installed, except under continuous integration ({@code CI} set), where it must run.
 */
@Tag("slow")
final class AppBrowserTest {

  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static ParleyServer server;
  static ChromeDriver browser;
  static Path downloads;

  @BeforeAll
  static void start() throws IOException {
    Path chromium = installed("PARLEY_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    Path driver = installed("PARLEY_CHROMEDRIVER", "/usr/bin/chromedriver");
    if (chromium == null || driver == null) {
      if (System.getenv("CI") != null) {
        fail(
            "Chromium and ChromeDriver are needed under CI: apt-get install chromium"
                + " chromium-driver (see .ci/run)");
      }
      Assumptions.abort("Chromium or ChromeDriver is not installed");
    }
    Path root = Files.createDirectories(dir.resolve("seeds"));
    try (Stream<Path> s = Files.list(ParleyServerTest.SEEDS)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, root.resolve(p.getFileName()));
      }
    }
    server = ParleyServer.start(ServerConfig.defaults(0, dir.resolve("data"), null).withRoot(root));
    downloads = Files.createDirectories(dir.resolve("downloads"));
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1300,1000");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static Path installed(String variable, String... candidates) {
    List<String> all = new ArrayList<>();
    String configured = System.getenv(variable);
    if (configured != null && !configured.isBlank()) {
      all.add(configured);
    }
    all.addAll(List.of(candidates));
    for (String c : all) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** A picture of what the window shows now. */
  static void shootView(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static void shoot(String name) throws IOException {
    // The whole page, as tall as it is (up to a limit), so the picture shows what a reader scrolls.
    long height =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return Math.min(document.documentElement.scrollHeight, 6000);");
    browser.manage().window().setSize(new Dimension(1300, (int) Math.max(800, height)));
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(1300, 1000));
  }

  /** Waits until the report's own script has run: it marks the page ready when it has. */
  static void ready() {
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.documentElement.getAttribute('data-ready') === 'true';")));
  }

  @Test
  void compareTwoUploadsFollowALinkAndDownloadTheJson() throws Exception {
    browser.get(server.uri().toString());
    shoot("home");
    assertThat(browser.getTitle()).contains("Parley");
    Path seeds = dir.resolve("seeds");
    browser
        .findElement(By.id("left-file"))
        .sendKeys(seeds.resolve("kazakhstan-general-debate-2006.txt").toAbsolutePath().toString());
    browser
        .findElement(By.id("right-file"))
        .sendKeys(seeds.resolve("kazakhstan-general-debate-2007.txt").toAbsolutePath().toString());
    browser.findElement(By.cssSelector("form.compare button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl().contains("/r/compare-"));
    ready();
    String report = browser.getCurrentUrl();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .contains("kazakhstan-general-debate-2006.txt")
        .contains("kazakhstan-general-debate-2007.txt");
    // The ribbon is drawn, and the bar offers the downloads.
    assertThat(browser.findElements(By.cssSelector("svg"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("nav.chrome")).getText())
        .contains("JSON")
        .contains("Text")
        .contains("Download HTML");
    shoot("compare");

    // A left paragraph with a partner: clicking it selects the partner on the right.
    WebElement linked =
        browser.findElements(By.cssSelector(".para[data-partner]")).stream()
            .filter(
                e ->
                    e.getAttribute("id").startsWith("L")
                        && !e.getAttribute("data-partner").isBlank())
            .findFirst()
            .orElseThrow();
    String partner = linked.getAttribute("data-partner").split(" ")[0];
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", linked);
    linked.click();
    WebElement other = browser.findElement(By.id(partner));
    assertThat(linked.getAttribute("class")).contains("selected");
    assertThat(other.getAttribute("class")).contains("selected");
    assertThat(other.isDisplayed()).isTrue();
    shootView("compare-selected");

    // The JSON download: the file lands in the download folder and is the command line's JSON.
    browser.findElement(By.linkText("JSON")).click();
    Path json = waitForDownload(".json");
    JsonNode node = new ObjectMapper().readTree(json.toFile());
    assertThat(node.get("mode").asText()).isEqualTo("versions");
    assertThat(node.get("left").get("source").asText())
        .isEqualTo("kazakhstan-general-debate-2006.txt");
    assertThat(node.get("links").size()).isPositive();
    assertThat(browser.getCurrentUrl()).isEqualTo(report);

    // The next-change button moves down the page; hiding unchanged paragraphs hides some rows.
    List<WebElement> rows = browser.findElements(By.cssSelector("main .row"));
    long visible = rows.stream().filter(WebElement::isDisplayed).count();
    browser
        .findElement(
            By.xpath("//nav[contains(@class,'chrome')]//*[contains(text(),'hide unchanged')]"))
        .click();
    long after =
        browser.findElements(By.cssSelector("main .row")).stream()
            .filter(WebElement::isDisplayed)
            .count();
    assertThat(after).isLessThanOrEqualTo(visible);
  }

  @Test
  void followFiveVersionsPickedUnderTheRoot() throws Exception {
    browser.get(server.uri().toString());
    WebElement select = browser.findElement(By.cssSelector("select[name=version-path]"));
    org.openqa.selenium.support.ui.Select picks = new org.openqa.selenium.support.ui.Select(select);
    for (int y = 2005; y <= 2009; y++) {
      picks.selectByValue("kazakhstan-general-debate-" + y + ".txt");
    }
    // The order list shows the five, earliest first; moving the last one up reorders it.
    List<WebElement> items = browser.findElements(By.cssSelector("#version-order li"));
    assertThat(items).hasSize(5);
    assertThat(browser.findElement(By.id("order")).getAttribute("value")).isEqualTo("0,1,2,3,4");
    shoot("history-form");
    browser.findElement(By.cssSelector("form.history button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> d.getCurrentUrl().contains("/h/history-"));
    ready();
    String page = browser.findElement(By.tagName("body")).getText();
    for (int y = 2005; y <= 2009; y++) {
      assertThat(page).contains("kazakhstan-general-debate-" + y + ".txt");
    }
    assertThat(browser.findElements(By.cssSelector("[data-lineage]"))).isNotEmpty();
    shoot("history");
  }

  @Test
  void aWrongSubmissionShowsAPageSayingWhat() throws Exception {
    browser.get(server.uri().toString());
    browser.findElement(By.cssSelector("form.compare button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().endsWith("/compare"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("no left statement");
    shoot("error");
  }

  private static Path waitForDownload(String suffix) throws InterruptedException, IOException {
    for (int i = 0; i < 120; i++) {
      try (Stream<Path> s = Files.list(downloads)) {
        List<Path> done = s.filter(p -> p.toString().endsWith(suffix)).toList();
        if (!done.isEmpty()) {
          return done.get(0);
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no " + suffix + " file was downloaded to " + downloads);
  }
}

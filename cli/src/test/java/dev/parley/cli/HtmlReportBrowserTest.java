package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of a seeds pair as a real browser shows it: headless Chromium renders the page,
 * takes a screenshot and gives back the page after its script ran. Where Chromium is not installed
 * the test is skipped, except under continuous integration ({@code CI} set), where it must run.
 */
@Tag("slow")
final class HtmlReportBrowserTest {

  private static final long TIMEOUT_SECONDS = 120;

  @TempDir static Path dir;
  static Path chromium;
  static Path report;
  static String html;

  @BeforeAll
  static void renderReport() throws IOException {
    chromium = findChromium();
    if (chromium == null) {
      if (System.getenv("CI") != null) {
        fail("Chromium is needed under CI: install Debian's chromium package (see .ci/run)");
      }
      Assumptions.abort(
          "Chromium is not installed (apt-get install chromium, or set PARLEY_CHROMIUM)");
    }
    Path left = copy("kazakhstan-general-debate-2006.txt");
    Path right = copy("kazakhstan-general-debate-2007.txt");
    report = dir.resolve("report.html");
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(
            "compare",
            "--format",
            "html",
            "--output",
            report.toString(),
            left.toString(),
            right.toString());
    assertThat(r.status()).as(r.err()).isZero();
    html = Files.readString(report);
  }

  private static Path copy(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = HtmlReportBrowserTest.class.getResourceAsStream("/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private static Path findChromium() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getenv("PARLEY_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        candidates.add(Path.of(folder, name));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  /** What one Chromium run printed. */
  private record Browser(String out, String err) {}

  private static Browser chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--user-data-dir=" + profile,
            "--enable-logging=stderr",
            "--v=0"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    String o = Files.readString(out, StandardCharsets.UTF_8);
    String e = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("Chromium's exit status; stderr:%n%s", e).isZero();
    return new Browser(o, e);
  }

  private static List<String> consoleMessages(Browser b) {
    try (Stream<String> lines = b.err().lines()) {
      return lines.filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void thePageRendersWithItsParagraphsChangesAndPictureAndNoConsoleErrors() throws Exception {
    Browser b = chromium("--dump-dom", report.toUri().toString());
    String dom = b.out();
    assertThat(consoleMessages(b)).isEmpty();
    // The script ran to its end.
    assertThat(dom).contains("data-ready=\"true\"");
    // Every paragraph of both statements: 30 on the left, 31 on the right (as normalised).
    assertThat(count(dom, "<p class=\"para[^\"]*\" id=\"L\\d+\"")).isEqualTo(30);
    assertThat(count(dom, "<p class=\"para[^\"]*\" id=\"R\\d+\"")).isEqualTo(31);
    assertThat(count(dom, "<ins>")).isPositive();
    assertThat(count(dom, "<svg id=\"ribbon\"")).isEqualTo(1);
    assertThat(count(dom, "<path id=\"band-\\d+\"")).isPositive();
    assertThat(count(dom, "<rect class=\"block")).isEqualTo(61);
  }

  @Test
  void selectingAParagraphMarksItsPartner() throws Exception {
    Matcher m =
        Pattern.compile("id=\"(L\\d+)\" tabindex=\"0\" data-partner=\"(R\\d+)\"").matcher(html);
    assertThat(m.find()).as("a linked paragraph").isTrue();
    String own = m.group(1);
    String partner = m.group(2);
    Browser b = chromium("--dump-dom", report.toUri() + "#" + own);
    assertThat(consoleMessages(b)).isEmpty();
    assertThat(b.out())
        .containsPattern("<p class=\"para[^\"]*\\bselected\\b[^\"]*\" id=\"" + own + "\"")
        .containsPattern("<p class=\"para[^\"]*\\bselected\\b[^\"]*\" id=\"" + partner + "\"");
  }

  @Test
  void theScreenshotShowsAPageWithHighlightedChanges() throws Exception {
    Path png = dir.resolve("report.png");
    Browser b =
        chromium(
            "--screenshot=" + png,
            "--window-size=1280,2400",
            "--hide-scrollbars",
            report.toUri().toString());
    assertThat(consoleMessages(b)).isEmpty();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colours = new HashSet<>();
    int inserted = 0;
    int deleted = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb == 0xc5dcf5) {
          inserted++;
        } else if (rgb == 0xf8d2a6) {
          deleted++;
        }
      }
    }
    assertThat(colours).as("distinct colours: not a blank page").hasSizeGreaterThan(50);
    assertThat(inserted).as("pixels of inserted-text highlighting").isPositive();
    assertThat(deleted).as("pixels of deleted-text highlighting").isPositive();
  }

  // --- the history page

  /** Three versions of the 2006 statement: as delivered, paragraph 6 dropped, then restored. */
  private static Path historyReport() throws IOException {
    Path delivered = copy("kazakhstan-general-debate-2006.txt");
    dev.parley.text.Statement s = dev.parley.text.Normalizer.defaults().read(delivered);
    List<String> v0 = new ArrayList<>(s.paragraphs().stream().map(p -> p.text()).toList());
    List<String> v1 = new ArrayList<>(v0);
    String dropped = v1.remove(6);
    List<String> v2 = new ArrayList<>(v1);
    v2.add(6, dropped + " We stand ready to contribute to that work.");
    Path a = Files.writeString(dir.resolve("v1.txt"), String.join("\n\n", v1));
    Path b = Files.writeString(dir.resolve("v2.txt"), String.join("\n\n", v2));
    Path page = dir.resolve("history.html");
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(
            "history",
            "--format",
            "html",
            "--output",
            page.toString(),
            delivered.toString(),
            a.toString(),
            b.toString());
    assertThat(r.status()).as(r.err()).isZero();
    return page;
  }

  @Test
  void theHistoryPageDrawsEveryParagraphAndMarksALineageWhenSelected() throws Exception {
    Path page = historyReport();
    String source = Files.readString(page);
    Matcher restore =
        Pattern.compile("<path class=\"stream restore\" data-lineage=\"(\\d+)\"").matcher(source);
    assertThat(restore.find()).as("a restore stream").isTrue();
    String lineage = restore.group(1);
    Browser b = chromium("--dump-dom", page.toUri() + "#lineage-" + lineage);
    assertThat(consoleMessages(b)).isEmpty();
    String dom = b.out();
    assertThat(dom).contains("data-ready=\"true\"");
    // 30 + 29 + 30 paragraphs, one block each.
    assertThat(count(dom, "<rect class=\"pblock")).isEqualTo(89);
    assertThat(dom)
        .containsPattern("<section class=\"lineage selected\" id=\"lineage-" + lineage + "\"")
        .containsPattern("<rect class=\"pblock[^\"]*selected[^\"]*\" data-lineage=\"" + lineage);
    Path png = dir.resolve("history.png");
    Browser shot =
        chromium(
            "--screenshot=" + png,
            "--window-size=1280,1600",
            "--hide-scrollbars",
            page.toUri().toString());
    assertThat(consoleMessages(shot)).isEmpty();
    BufferedImage image = ImageIO.read(png.toFile());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    assertThat(colours).as("distinct colours: not a blank page").hasSizeGreaterThan(50);
  }
}

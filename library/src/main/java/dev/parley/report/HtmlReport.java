package dev.parley.report;

import static java.util.Objects.requireNonNull;

import dev.parley.align.Alignment;
import java.io.UncheckedIOException;

/**
 * A comparison as one self-contained HTML page, for a person to read and print: both statements'
 * metadata and the overall similarity on top, an alignment picture (an SVG ribbon joining the
 * paragraph positions of the two statements, coloured by score), then the aligned paragraphs side
 * by side with deleted and inserted words marked.
 *
 * <p>The page needs no network: its style sheet and its few lines of script are inside it. Moves,
 * splits and merges are labelled and linked; selecting a paragraph marks its partner and scrolls to
 * it. Changes are shown by more than colour (struck through, underlined), and the colours are a
 * blue–orange pair that colour-blind readers can tell apart. Statement text is always escaped: it
 * never becomes markup.
 *
 * <p>Paragraphs are numbered from 1 on the page, as a reader counts them; the JSON output counts
 * from 0.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Returns the report of {@code alignment} as one HTML document.
   *
   * @throws NullPointerException if {@code alignment} is null
   */
  public static String render(Alignment alignment) {
    StringBuilder out = new StringBuilder(64 * 1024);
    write(alignment, out);
    return out.toString();
  }

  /**
   * Writes the report of {@code alignment} to {@code out}.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Alignment alignment, Appendable out) {
    write(alignment, out, PageChrome.NONE);
  }

  /**
   * Writes the report of {@code alignment} to {@code out}, with {@code chrome} around it: the page
   * a program serving it shows.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Alignment alignment, Appendable out, PageChrome chrome) {
    requireNonNull(alignment, "alignment");
    requireNonNull(out, "out");
    requireNonNull(chrome, "chrome");
    new ComparisonPage(alignment, out, chrome).write();
  }

  /**
   * Returns the {@code Content-Security-Policy} to serve the reports (this one's and {@link
   * HistoryReport}'s) with: nothing from elsewhere, scripts only the reports' own (by their hashes)
   * and the server's own, styles inline (the pages carry theirs), no frames, forms posting only to
   * the server.
   */
  public static String contentSecurityPolicy() {
    return "default-src 'none'; script-src 'self' '"
        + sha256("\n" + Assets.SCRIPT)
        + "' '"
        + sha256("\n" + Assets.HISTORY_SCRIPT)
        + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self';"
        + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  }

  private static String sha256(String script) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "sha256-" + java.util.Base64.getEncoder().encodeToString(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}

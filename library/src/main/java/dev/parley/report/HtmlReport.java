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
    requireNonNull(alignment, "alignment");
    requireNonNull(out, "out");
    new ComparisonPage(alignment, out).write();
  }
}

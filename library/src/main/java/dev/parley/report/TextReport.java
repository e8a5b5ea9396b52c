package dev.parley.report;

import static java.util.Objects.requireNonNull;

import dev.parley.align.Alignment;
import dev.parley.history.History;
import dev.parley.similarity.PhrasingScore;
import dev.parley.similarity.SharedPhrase;
import dev.parley.text.Statement;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The plain-text reports the command line prints, for a person at a terminal or in a log: a
 * statement as normalised, a comparison (the links in order, changes marked {@code
 * [-deleted-]{+inserted+}}, and why each link is there), a history and a phrasing score. Paragraphs
 * are numbered from 1 ({@code ¶ 4}), as a reader counts them.
 *
 * <pre>{@code
 * System.out.print(TextReport.render(parley.compare(older, newer)));
 * }</pre>
 */
public final class TextReport {

  private TextReport() {}

  /** Returns the report of {@code alignment}, 100 columns wide, without colour. */
  public static String render(Alignment alignment) {
    StringBuilder out = new StringBuilder(16 * 1024);
    write(alignment, TextStyle.PLAIN, out);
    return out.toString();
  }

  /**
   * Writes the report of {@code statement}: its metadata, its paragraphs with their kinds, and what
   * was removed.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Statement statement, TextStyle style, Appendable out) {
    requireNonNull(statement, "statement");
    requireNonNull(style, "style");
    run(out, w -> StatementText.write(w, statement, style.width()));
  }

  /**
   * Writes the report of {@code alignment}: both statements, the phrasing similarity and what it
   * means, then every link in order with its changes and why it is there.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Alignment alignment, TextStyle style, Appendable out) {
    requireNonNull(alignment, "alignment");
    requireNonNull(style, "style");
    run(out, w -> AlignmentText.write(w, alignment, style));
  }

  /**
   * Writes the report of {@code history}: the versions, each lineage where it enters, changes,
   * leaves and returns, then the phrase timeline.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(History history, TextStyle style, Appendable out) {
    requireNonNull(history, "history");
    requireNonNull(style, "style");
    run(out, w -> HistoryText.write(w, history, style));
  }

  /**
   * Writes the report of a phrasing score of the texts named {@code left} and {@code right}: the
   * similarity and what it means, the measures beside it, and the shared phrases by paragraph.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(
      String left, String right, PhrasingScore score, TextStyle style, Appendable out) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    requireNonNull(score, "score");
    requireNonNull(style, "style");
    run(out, w -> score(w, left, right, score, style));
  }

  private static void score(
      PrintWriter out, String left, String right, PhrasingScore score, TextStyle style) {
    out.printf(Locale.ROOT, "%s%n%s%n", left, right);
    out.printf(
        Locale.ROOT, "phrasing similarity %.2f (%s)%n", score.similarity(), AlignmentText.SCALE);
    StringBuilder m = new StringBuilder("  ");
    score
        .measures()
        .forEach(
            (k, v) -> {
              if (!k.equals("phrasing")) {
                m.append(String.format(Locale.ROOT, "%s %.3f   ", k, v));
              }
            });
    out.println(Wrap.indent(m.toString().strip(), "  ", style.width()));
    List<SharedPhrase> phrases = score.sharedPhrases();
    out.println();
    out.println(
        phrases.isEmpty()
            ? "no shared phrases"
            : phrases.size() + " shared phrases (left paragraph / right paragraph):");
    for (SharedPhrase p : phrases) {
      out.printf(
          Locale.ROOT,
          "  ¶ %d / %d  %s%n",
          p.left().paragraph() + 1,
          p.right().paragraph() + 1,
          p.text());
    }
    if (!score.restatements().isEmpty()) {
      out.println();
      out.println(
          score.restatements().size()
              + " pairs of paragraphs say the same in other words (left / right, by meaning,"
              + " not words):");
      for (dev.parley.similarity.Restatement r : score.restatements()) {
        out.printf(
            Locale.ROOT,
            "  ¶ %d / %d  meaning %.2f, words %.2f%n",
            r.left() + 1,
            r.right() + 1,
            r.meaning(),
            r.words());
      }
    }
  }

  /** Runs a writer of the plain-text forms against {@code out}, and reports its failure. */
  private static void run(Appendable out, java.util.function.Consumer<PrintWriter> body) {
    requireNonNull(out, "out");
    PrintWriter w =
        new PrintWriter(out instanceof Writer writer ? writer : new AppendableWriter(out));
    body.accept(w);
    w.flush();
    if (w.checkError()) {
      throw new UncheckedIOException(new java.io.IOException("the report could not be written"));
    }
  }

  /** A writer onto any {@link Appendable}. */
  private static final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws java.io.IOException {
      out.append(java.nio.CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void write(String s, int offset, int length) throws java.io.IOException {
      out.append(s, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}

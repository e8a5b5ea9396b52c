package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.text.Statement;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Two delegations in the same year: Kazakhstan's and Kyrgyzstan's General Debate statements of
 * 2006, compared in delegations mode. Prints the two statements' overall phrasing similarity and
 * each pair of paragraphs that take up the same matter (the nuclear-weapon-free zone in Central
 * Asia, signed that September; the region's organisations), with why: the rule that relates them,
 * the specific words they share, the phrases they share.
 *
 * <p>Run from the project root: {@code mvn -B -q -pl examples exec:java
 * -Dexec.mainClass=dev.parley.examples.TwoDelegations}.
 */
public final class TwoDelegations {

  private TwoDelegations() {}

  /** Runs the example on the seeds. */
  public static void main(String[] args) {
    run(
        Path.of("seeds/kazakhstan-general-debate-2006.txt"),
        Path.of("seeds/kyrgyzstan-general-debate-2006.txt"),
        System.out);
  }

  static void run(Path first, Path second, PrintStream out) {
    Parley parley = Parley.defaults();
    Statement a = parley.normalize(first);
    Statement b = parley.normalize(second);
    print(parley.compare(a, b, Alignment.Mode.DELEGATIONS), out);
  }

  private static void print(Alignment alignment, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "  phrasing similarity %.2f, %d related paragraph pairs%n",
        alignment.similarity(),
        alignment.links().size());
    for (Link l : alignment.links()) {
      out.printf(
          Locale.ROOT,
          "  paragraph %d ~ paragraph %d  (%.2f)%n",
          l.left().get(0),
          l.right().get(0),
          l.score().orElse(0));
      l.evidence()
          .ifPresent(
              e ->
                  out.printf(
                      Locale.ROOT,
                      "      why: %s%s: %s%n",
                      e.rule().label(),
                      e.weak() ? " (weak)" : "",
                      String.join(", ", e.terms())));
      l.sharedPhrases().forEach(p -> out.println("      shared: " + p.text()));
    }
  }
}

package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.similarity.CommonPhrases;
import dev.parley.text.Statement;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Two delegations in the same year: Kazakhstan's and Kyrgyzstan's General Debate statements of
 * 2006, compared in delegations mode. Prints each pair of related paragraphs with the phrases they
 * share, and the two statements' overall phrasing similarity: first as Parley judges by default
 * (neither echoes the other; both name the nuclear-weapon-free zone in Central Asia, as many
 * statements do), then counting every shared phrase as evidence, common ones included.
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
    out.println("echoes (the phrases many statements say are no evidence):");
    print(parley.compare(a, b, Alignment.Mode.DELEGATIONS), out);
    Parley everyPhrase = Parley.builder().commonPhrases(CommonPhrases.empty()).build();
    out.println("every shared phrase as evidence (names of treaties and conferences too):");
    print(everyPhrase.compare(a, b, Alignment.Mode.DELEGATIONS), out);
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
      l.sharedPhrases().forEach(p -> out.println("      shared: " + p.text()));
    }
  }
}

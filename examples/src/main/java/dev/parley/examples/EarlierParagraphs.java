package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.similarity.PhrasingSimilarity;
import dev.parley.similarity.SharedPhrase;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The seed statement carries, before its title block, three paragraphs of an earlier year's
 * statement. This example splits the statement at the title block and compares the earlier
 * paragraphs with the statement's own as two delegations' texts would be compared: which of the new
 * paragraphs take up which earlier ones, why (each link's evidence: its rule and the specific words
 * both share) and in what words. Where no paragraph takes up an earlier one, the example still
 * shows, for each new paragraph, the phrases it shares with its most alike earlier one.
 *
 * <p>Run from the project root: {@code mvn -B -q -pl examples exec:java
 * -Dexec.mainClass=dev.parley.examples.EarlierParagraphs}.
 */
public final class EarlierParagraphs {

  private EarlierParagraphs() {}

  /** Runs the example on the seed statement. */
  public static void main(String[] args) {
    run(Path.of("seeds/kazakhstan-sixth-committee-terrorism.txt"), System.out);
  }

  static void run(Path seed, PrintStream out) {
    Parley parley = Parley.defaults();
    Statement s = parley.normalize(seed);
    int title = 0;
    while (title < s.paragraphs().size()
        && s.paragraphs().get(title).kind() != Paragraph.Kind.HEADING) {
      title++;
    }
    Statement earlier = part(parley, s.paragraphs().subList(0, title), "earlier paragraphs");
    Statement own =
        part(parley, s.paragraphs().subList(title, s.paragraphs().size()), "the statement");
    Alignment a = parley.compare(earlier, own, Alignment.Mode.DELEGATIONS);
    out.printf(
        Locale.ROOT,
        "%d earlier paragraphs, %d of the statement; similarity %.2f%n",
        earlier.paragraphs().size(),
        own.paragraphs().size(),
        a.similarity());
    for (Link l : a.links()) {
      out.printf(
          Locale.ROOT,
          "earlier %d ~ statement %d  %.2f%n",
          l.left().get(0),
          l.right().get(0),
          l.score().orElse(0));
      l.evidence()
          .ifPresent(
              e ->
                  out.printf(
                      Locale.ROOT,
                      "    why: %s (words %.2f): %s%n",
                      e.rule().label(),
                      e.words(),
                      String.join(", ", e.terms())));
      l.sharedPhrases().forEach(p -> out.println("    shared: " + p.text()));
    }
    if (a.links().isEmpty()) {
      out.println("no paragraph echoes an earlier one; phrases taken up:");
      PhrasingSimilarity phrasing = PhrasingSimilarity.defaults();
      for (Paragraph q : own.paragraphs()) {
        for (Paragraph p : earlier.paragraphs()) {
          List<SharedPhrase> shared = phrasing.sharedPhrases(p.words(), q.words());
          if (shared.stream().anyMatch(x -> x.contentWords() >= 3)) {
            out.printf(
                Locale.ROOT,
                "earlier %d ~ statement %d  %.2f%n",
                p.index(),
                q.index(),
                phrasing.similarity(p.words(), q.words()));
            shared.forEach(x -> out.println("    shared: " + x.text()));
          }
        }
      }
    }
  }

  private static Statement part(Parley parley, List<Paragraph> paragraphs, String name) {
    return parley.normalize(
        name, String.join("\n\n", paragraphs.stream().map(Paragraph::text).toList()));
  }
}

package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.history.History;
import dev.parley.history.HistoryLink;
import dev.parley.history.Lineage;
import dev.parley.history.PhraseTimeline;
import dev.parley.text.Statement;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One delegation's statement year after year: Kazakhstan's General Debate statements of 2005 to
 * 2014 followed as one series. Prints the paragraphs that came back after years without them, the
 * longest-lived lineages, and since when the phrases that last to the newest year have been said.
 *
 * <p>Run from the project root: {@code mvn -B -q -pl examples exec:java
 * -Dexec.mainClass=dev.parley.examples.StatementHistory}.
 */
public final class StatementHistory {

  private StatementHistory() {}

  /** Runs the example on the seeds. */
  public static void main(String[] args) {
    List<Path> years = new ArrayList<>();
    for (int year = 2005; year <= 2014; year++) {
      years.add(Path.of("seeds/kazakhstan-general-debate-" + year + ".txt"));
    }
    run(years, System.out);
  }

  static void run(List<Path> files, PrintStream out) {
    Parley parley = Parley.defaults();
    List<Statement> versions = files.stream().map(parley::normalize).toList();
    History h = parley.history(versions);
    out.printf(
        Locale.ROOT,
        "%d versions, %d links, %d lineages, %d shared phrases%n",
        h.versions().size(),
        h.links().size(),
        h.lineages().size(),
        h.phrases().size());
    for (HistoryLink l : h.links(HistoryLink.Type.RESTORE)) {
      String text = text(h, l.to().version(), l.to().paragraph());
      out.printf(
          Locale.ROOT,
          "restored in v%d from v%d (%.2f): %s%n",
          l.to().version(),
          l.from().version(),
          l.score(),
          excerpt(text));
    }
    h.lineages().stream()
        .filter(l -> l.versions().size() >= 4)
        .forEach(
            (Lineage l) ->
                out.printf(
                    Locale.ROOT,
                    "lineage %d in %d versions (v%d to v%d): %s%n",
                    l.id(),
                    l.versions().size(),
                    l.first(),
                    l.last(),
                    excerpt(text(h, l.first(), l.members().get(0).paragraph()))));
    for (PhraseTimeline p : h.phrases()) {
      if (p.dropped().isEmpty() && p.versions().size() >= 5) {
        out.printf(Locale.ROOT, "since v%d: %s%n", p.introduced(), p.text());
      }
    }
  }

  private static String text(History h, int version, int paragraph) {
    return h.versions().get(version).paragraphs().get(paragraph).text();
  }

  private static String excerpt(String text) {
    return text.length() <= 70 ? text : text.substring(0, 69) + "…";
  }
}

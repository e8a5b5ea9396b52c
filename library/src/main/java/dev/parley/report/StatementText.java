package dev.parley.report;

import dev.parley.text.Metadata;
import dev.parley.text.Paragraph;
import dev.parley.text.RemovedText;
import dev.parley.text.Statement;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;

/** The plain-text form of a normalised statement, for a person at a terminal. */
final class StatementText {

  private StatementText() {}

  static void write(PrintWriter out, Statement s, int width) {
    out.println(s.source());
    Metadata m = s.metadata();
    m.speaker().ifPresent(v -> out.println("  speaker:     " + v));
    m.title().ifPresent(v -> out.println("  title:       " + v));
    m.delegation().ifPresent(v -> out.println("  delegation:  " + v));
    m.agendaItem()
        .ifPresent(
            v ->
                out.println(
                    "  agenda item: " + v + m.agendaTitle().map(t -> " \u2014 " + t).orElse("")));
    m.date().ifPresent(v -> out.println("  date:        " + v));
    int sentences = s.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum();
    out.println("  " + s.paragraphs().size() + " paragraphs, " + sentences + " sentences");
    out.println();
    for (Paragraph p : s.paragraphs()) {
      out.printf("¶ %d %s%n", p.index() + 1, p.kind().label());
      out.println(Wrap.indent(p.text(), "    ", width));
    }
    if (!s.removed().isEmpty()) {
      Map<RemovedText.Kind, Integer> counts = new EnumMap<>(RemovedText.Kind.class);
      for (RemovedText r : s.removed()) {
        counts.merge(r.kind(), 1, Integer::sum);
      }
      StringBuilder line = new StringBuilder("removed:");
      counts.forEach(
          (k, v) -> line.append(' ').append(v).append(' ').append(k.label()).append(','));
      line.setLength(line.length() - 1);
      out.println();
      out.println(line);
    }
  }
}

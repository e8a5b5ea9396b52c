package dev.parley.report;

import dev.parley.diff.DiffOp;
import dev.parley.history.History;
import dev.parley.history.HistoryLink;
import dev.parley.history.Lineage;
import dev.parley.history.PhraseTimeline;
import dev.parley.history.Place;
import dev.parley.text.Statement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plain-text form of a history, for a person at a terminal. */
final class HistoryText {

  private HistoryText() {}

  /**
   * The text report: the versions, then each lineage where it enters, changes, leaves and returns,
   * then the phrase timeline.
   */
  static void write(PrintWriter out, History h, TextStyle style) {
    int width = style.width();
    out.printf(Locale.ROOT, "history of %d versions, oldest first%n", h.versions().size());
    for (int v = 0; v < h.versions().size(); v++) {
      Statement s = h.versions().get(v);
      StringBuilder b = new StringBuilder("  v").append(v).append(": ").append(s.source());
      s.metadata().delegation().ifPresent(d -> b.append(" — ").append(d));
      s.metadata().date().ifPresent(d -> b.append(", ").append(d));
      b.append(" (").append(s.paragraphs().size()).append(" paragraphs)");
      out.println(b);
    }
    Map<HistoryLink.Type, Integer> counts = new EnumMap<>(HistoryLink.Type.class);
    h.links().forEach(l -> counts.merge(l.type(), 1, Integer::sum));
    Map<String, Integer> labelled = new java.util.LinkedHashMap<>();
    counts.forEach((t, n) -> labelled.put(t.label(), n));
    out.println(AlignmentText.linkCounts(labelled));
    long everywhere =
        h.lineages().stream().filter(l -> l.versions().size() == h.versions().size()).count();
    long returned = h.lineages().stream().filter(l -> !l.gaps().isEmpty()).count();
    out.printf(
        Locale.ROOT,
        "%d lineages: %d in every version, %d returned after versions without them%n%n",
        h.lineages().size(),
        everywhere,
        returned);
    Map<Place, List<HistoryLink>> into = new HashMap<>();
    for (HistoryLink l : h.links()) {
      if (l.type().isDescent()) {
        into.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
      }
    }
    int last = h.versions().size() - 1;
    List<Lineage> single = new ArrayList<>();
    for (Lineage l : h.lineages()) {
      if (l.members().size() == 1) {
        single.add(l);
        continue;
      }
      out.printf(
          Locale.ROOT,
          "== lineage %d: v%d to v%d%s%n",
          l.id(),
          l.first(),
          l.last(),
          l.gaps().isEmpty() ? "" : ", absent from " + versionList(l.gaps()));
      for (Place m : l.members()) {
        String where = "v" + m.version() + " " + AlignmentText.number(m.paragraph());
        List<HistoryLink> incoming = into.getOrDefault(m, List.of());
        if (incoming.isEmpty()) {
          out.println("   " + where + " enters:");
          out.println(Wrap.indent(text(h, m), "     ", width));
          continue;
        }
        for (HistoryLink in : incoming) {
          String how =
              switch (in.type()) {
                case RESTORE ->
                    " returns (restored from v"
                        + in.from().version()
                        + " "
                        + AlignmentText.number(in.from().paragraph())
                        + ")";
                case SPLIT -> " split from " + AlignmentText.number(in.from().paragraph());
                case MERGE -> " merged from " + AlignmentText.number(in.from().paragraph());
                case MOVE -> " moved from " + AlignmentText.number(in.from().paragraph());
                default -> "";
              };
          boolean unchanged = in.diff().stream().allMatch(d -> d.op() == DiffOp.Op.EQUAL);
          String head = "   " + where + how + String.format(Locale.ROOT, " %.2f", in.score());
          if (unchanged) {
            out.println(head + " unchanged");
          } else {
            out.println(head + ":");
            out.println(Wrap.indent(AlignmentText.marked(in.diff(), style), "     ", width));
          }
        }
      }
      if (l.last() < last) {
        out.println("   leaves after v" + l.last());
      }
    }
    if (!single.isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "paragraphs of one version only (%d):%n", single.size());
      for (Lineage l : single) {
        Place m = l.members().get(0);
        out.println(
            Wrap.hanging(
                excerpt(text(h, m), 100),
                "   lineage "
                    + l.id()
                    + ", v"
                    + m.version()
                    + " "
                    + AlignmentText.number(m.paragraph())
                    + ": ",
                width));
      }
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "phrases two or more versions share (%d), by the version that introduced them:%n",
        h.phrases().size());
    for (PhraseTimeline p : h.phrases()) {
      out.println(
          Wrap.hanging(
              "“"
                  + p.text()
                  + "” in "
                  + versionList(p.versions())
                  + (p.dropped().isPresent() ? "; dropped in v" + p.dropped().getAsInt() : ""),
              "   since v" + p.introduced() + ": ",
              width));
    }
  }

  /** Versions as {@code v2, v3, v5}, runs as {@code v2–v4}. */
  static String versionList(List<Integer> versions) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < versions.size(); ) {
      int j = k;
      while (j + 1 < versions.size() && versions.get(j + 1) == versions.get(j) + 1) {
        j++;
      }
      parts.add(j == k ? "v" + versions.get(k) : "v" + versions.get(k) + "–v" + versions.get(j));
      k = j + 1;
    }
    return String.join(", ", parts);
  }

  private static String text(History h, Place p) {
    return h.versions().get(p.version()).paragraphs().get(p.paragraph()).text();
  }

  private static String excerpt(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

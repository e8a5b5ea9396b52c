package dev.parley.report;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.align.LinkEvidence;
import dev.parley.align.NearMiss;
import dev.parley.diff.DiffOp;
import dev.parley.text.Metadata;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plain-text report of a comparison, for a person at a terminal: both statements' metadata and
 * the overall similarity, then the links in order, with changes marked {@code [-deleted-]} and
 * {@code {+inserted+}}, and moves, splits and merges named; sentences that moved to another
 * paragraph are shown leaving ({@code ⇢}) and arriving ({@code ⇠}).
 */
final class AlignmentText {

  private AlignmentText() {}

  /**
   * What a phrasing score means, said once beside the first one: the links' scores (and the score
   * command's) are on the same scale.
   */
  static final String SCALE = "1 is the same wording, about 0 two unrelated speeches";

  static void write(PrintWriter out, Alignment a, TextStyle style) {
    header(out, "left ", a.left());
    header(out, "right", a.right());
    out.printf(
        Locale.ROOT,
        "phrasing similarity %.2f (%s mode; %s)%n",
        a.similarity(),
        a.mode().label(),
        SCALE);
    AlignmentView view = AlignmentView.of(a);
    Map<String, Integer> labelled = new java.util.LinkedHashMap<>();
    for (AlignmentView.Count c : view.kinds()) {
      labelled.merge(
          c.noun().equals("restated") ? "restated" : c.type().label(), c.count(), Integer::sum);
    }
    out.println(linkCounts(labelled));
    if (!a.closest().isEmpty()) {
      out.println("closest pairs, and why they are no link:");
      for (NearMiss n : a.closest()) {
        out.println(
            Wrap.hanging(
                "left "
                    + numbers(List.of(n.left()))
                    + " ~ right "
                    + numbers(List.of(n.right()))
                    + ": "
                    + n.shortOf()
                    + (n.terms().isEmpty() ? "" : "; shared: " + String.join(", ", n.terms())),
                "   ",
                style.width()));
      }
    }
    out.println();
    // Links in the alignment's order: a moved paragraph once, where it stood.
    for (AlignmentView.Row row : view.rows()) {
      if (row.show() != AlignmentView.Show.RIGHT) {
        writeLink(out, a, row.link(), style);
        movedSentences(out, view, row.link(), style.width());
      }
    }
  }

  /**
   * Under a link, the sentences that left its paragraphs for another one, or arrived in them from
   * another one (each shown again in full at its {@code partial} link).
   */
  private static void movedSentences(PrintWriter out, AlignmentView view, Link l, int width) {
    for (AlignmentView.MovedSentence m : view.movedSentences(l)) {
      String where =
          m.direction() == AlignmentView.Direction.LEAVING
              ? "   ⇢ to right " + numbers(List.of(m.to())) + ": "
              : "   ⇠ from left " + numbers(List.of(m.from())) + ": ";
      out.println(Wrap.hanging("“" + m.text() + "”", where, width));
    }
  }

  private static void header(PrintWriter out, String side, Statement s) {
    Metadata m = s.metadata();
    StringBuilder b = new StringBuilder(side).append(": ").append(s.source());
    m.delegation().ifPresent(d -> b.append(" — ").append(d));
    m.speaker().ifPresent(d -> b.append(", ").append(d));
    m.date().ifPresent(d -> b.append(", ").append(d));
    m.agendaItem().ifPresent(d -> b.append(", agenda item ").append(d));
    b.append(" (").append(s.paragraphs().size()).append(" paragraphs)");
    out.println(b);
  }

  private static void writeLink(PrintWriter out, Alignment a, Link l, TextStyle style) {
    int width = style.width();
    String score =
        l.score().isPresent()
            ? String.format(Locale.ROOT, "  phrasing %.2f", l.score().getAsDouble())
            : "";
    String where =
        switch (l.type()) {
          case INSERT -> "+ right " + numbers(l.right());
          case DELETE -> "- left " + numbers(l.left());
          case MOVE -> "moved: left " + numbers(l.left()) + " → right " + numbers(l.right());
          case SPLIT -> "split: left " + numbers(l.left()) + " → right " + numbers(l.right());
          case MERGE -> "merged: left " + numbers(l.left()) + " → right " + numbers(l.right());
          case PARTIAL ->
              (AlignmentView.isRestatement(l) ? "restated: left " : "sentences moved: left ")
                  + numbers(l.left())
                  + " → right "
                  + numbers(l.right());
          default ->
              l.type().label() + ": left " + numbers(l.left()) + " ~ right " + numbers(l.right());
        };
    String share =
        l.type() == Link.Type.PARTIAL && l.share().isPresent() && !AlignmentView.isRestatement(l)
            ? String.format(
                Locale.ROOT,
                " (%.0f %% of left, %.0f %% of right)",
                100 * l.share().get().left(),
                100 * l.share().get().right())
            : "";
    out.println("== " + where + score + share);
    l.evidence().ifPresent(e -> out.println(Wrap.hanging(why(e), "   why: ", width)));
    switch (l.type()) {
      case INSERT -> out.println(Wrap.indent(text(a.right(), l.right()), "   + ", width));
      case DELETE -> out.println(Wrap.indent(text(a.left(), l.left()), "   - ", width));
      case RELATED -> {
        out.println(Wrap.indent(text(a.left(), l.left()), "   < ", width));
        out.println(Wrap.indent(text(a.right(), l.right()), "   > ", width));
        if (!l.sharedPhrases().isEmpty()) {
          out.println(
              Wrap.indent(
                  l.sharedPhrases().stream()
                      .map(p -> "“" + p.text() + "”")
                      .collect(Collectors.joining("; ")),
                  "   shared: ",
                  width));
        }
        // Where both take a position on the matter: the two sentences side by side.
        for (Link s : l.sentences()) {
          String said =
              a.left().paragraphs().get(l.left().get(0)).sentences().get(s.left().get(0)).text();
          String answered =
              a.right().paragraphs().get(l.right().get(0)).sentences().get(s.right().get(0)).text();
          out.println(Wrap.hanging("“" + said + "”", "   left says:  ", width));
          out.println(Wrap.hanging("“" + answered + "”", "   right says: ", width));
        }
      }
      default -> {
        boolean unchanged = l.diff().stream().allMatch(d -> d.op() == DiffOp.Op.EQUAL);
        if (unchanged) {
          // A partial link's text is its moved sentences, not its whole paragraphs.
          String same =
              l.type() == Link.Type.PARTIAL ? marked(l.diff(), style) : text(a.left(), l.left());
          out.println(Wrap.indent(same, "   = ", width));
        } else {
          out.println(Wrap.indent(marked(l.diff(), style), "     ", width));
        }
        reworded(out, a, l, width);
      }
    }
  }

  /**
   * The sentences of a link that meaning paired, reworded beyond their words, each with what it
   * became: the diff shows their words apart, this says they are one point.
   */
  private static void reworded(PrintWriter out, Alignment a, Link l, int width) {
    for (AlignmentView.Reworded r : AlignmentView.reworded(a, l)) {
      String meaning =
          r.meaning().isPresent()
              ? String.format(Locale.ROOT, " (meaning %.2f)", r.meaning().getAsDouble())
              : "";
      out.println(Wrap.hanging("“" + r.said() + "”", "   reworded: ", width));
      out.println(Wrap.hanging("“" + r.became() + "”" + meaning, "         as: ", width));
    }
  }

  /**
   * Why a link is there, in one line: its rule (weak links said to be weak), its signals and the
   * specific words both sides share.
   */
  static String why(LinkEvidence e) {
    StringBuilder b = new StringBuilder(e.rule().label());
    if (e.weak()) {
      b.append(" (weak)");
    }
    b.append(String.format(Locale.ROOT, "; words %.2f", e.words()));
    e.meaning().ifPresent(m -> b.append(String.format(Locale.ROOT, ", meaning %.2f", m)));
    if (!e.terms().isEmpty()) {
      b.append("; shared: ").append(String.join(", ", e.terms()));
    }
    return b.toString();
  }

  /**
   * Paragraph numbers as a person counts them, from 1 ({@code ¶ 4}, {@code ¶ 4, 5}): the JSON
   * counts from 0, as programs do.
   */
  static String numbers(List<Integer> paragraphs) {
    return paragraphs.stream()
        .map(i -> Integer.toString(i + 1))
        .collect(Collectors.joining(", ", "¶ ", ""));
  }

  /** One paragraph number as a person counts it, from 1: {@code ¶ 4}. */
  static String number(int paragraph) {
    return "¶ " + (paragraph + 1);
  }

  /** The line that counts links by type: {@code links: 3 match, 1 move}, or {@code links: none}. */
  static String linkCounts(java.util.Map<String, Integer> counts) {
    return counts.isEmpty()
        ? "links: none"
        : counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(java.util.stream.Collectors.joining(", ", "links: ", ""));
  }

  static String marked(List<DiffOp> diff, TextStyle style) {
    StringBuilder b = new StringBuilder();
    for (DiffOp d : diff) {
      String t = d.text().replace('\n', ' ');
      switch (d.op()) {
        case EQUAL -> b.append(t);
        case DELETE -> b.append(style.deleted(t));
        case INSERT -> b.append(style.inserted(t));
      }
    }
    return b.toString();
  }

  private static String text(Statement s, List<Integer> paragraphs) {
    return paragraphs.stream()
        .map(i -> s.paragraphs().get(i))
        .map(Paragraph::text)
        .collect(Collectors.joining(" ¶ "));
  }
}

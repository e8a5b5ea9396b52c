package dev.parley.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.diff.DiffOp;
import dev.parley.text.Paragraph;
import dev.parley.text.RemovedText;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.Token;
import dev.parley.text.UnusableInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The invariants every input must keep, whatever its bytes. */
final class Checks {

  private Checks() {}

  /** A refusal is the documented exception with one clear line naming the source. */
  static void refusal(UnusableInputException e, String source) {
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.getMessage()).startsWith(source + ": ").doesNotContain("\n");
    assertThat(e.reason()).isNotBlank();
  }

  /** Spans lie in the original, in reading order; tokens and removed text slice exactly. */
  static void statement(Statement s) {
    String original = s.original();
    int previousEnd = 0;
    for (int i = 0; i < s.paragraphs().size(); i++) {
      Paragraph p = s.paragraphs().get(i);
      assertThat(p.index()).isEqualTo(i);
      assertThat(p.text()).isNotBlank().doesNotContain("\n", "\r");
      assertThat(p.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.span().end()).isLessThanOrEqualTo(original.length());
      previousEnd = p.span().end();
      for (Token t : p.tokens()) {
        assertThat(p.text().substring(t.start(), t.end())).isEqualTo(t.text());
      }
      for (Sentence sentence : p.sentences()) {
        assertThat(sentence.span().start()).isGreaterThanOrEqualTo(p.span().start());
        assertThat(sentence.span().end()).isLessThanOrEqualTo(p.span().end());
        assertThat(p.text()).contains(sentence.text());
      }
    }
    for (RemovedText r : s.removed()) {
      assertThat(r.span().slice(original)).isEqualTo(r.text());
    }
  }

  /**
   * Versions mode: every paragraph in exactly one link or else only in partial links, links in left
   * order apart from moves, insertions and partial links, diffs rebuilding both sides; scores in
   * [0, 1].
   */
  static void alignment(Alignment a) {
    assertThat(a.similarity()).isBetween(0.0, 1.0);
    for (Link l : a.links()) {
      l.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
      for (int i : l.left()) {
        assertThat(i).isBetween(0, a.left().paragraphs().size() - 1);
      }
      for (int j : l.right()) {
        assertThat(j).isBetween(0, a.right().paragraphs().size() - 1);
      }
    }
    if (a.mode() != Alignment.Mode.VERSIONS) {
      return;
    }
    Set<Integer> lefts = new HashSet<>();
    Set<Integer> rights = new HashSet<>();
    Set<Integer> leftsInPartials = new HashSet<>();
    Set<Integer> rightsInPartials = new HashSet<>();
    int lastLeft = -1;
    int lastRight = -1;
    for (Link l : a.links()) {
      if (l.type() == Link.Type.PARTIAL) {
        // Joined by moved sentences only; its diff rebuilds those sentences.
        leftsInPartials.addAll(l.left());
        rightsInPartials.addAll(l.right());
        assertThat(l.sentences()).isNotEmpty();
        continue;
      }
      l.left().forEach(i -> assertThat(lefts.add(i)).as("left %d in one link", i).isTrue());
      l.right().forEach(j -> assertThat(rights.add(j)).as("right %d in one link", j).isTrue());
      if (!l.left().isEmpty()) {
        assertThat(l.left().get(0)).as("links follow the left order").isGreaterThan(lastLeft);
        lastLeft = l.left().get(l.left().size() - 1);
      }
      if (l.type() != Link.Type.MOVE) {
        if (!l.right().isEmpty()) {
          assertThat(l.right().get(0)).isGreaterThan(lastRight);
          lastRight = l.right().get(l.right().size() - 1);
        }
      }
      if (!l.diff().isEmpty()) {
        assertThat(side(l.diff(), DiffOp.Op.DELETE)).isEqualTo(text(a.left(), l.left()));
        assertThat(side(l.diff(), DiffOp.Op.INSERT)).isEqualTo(text(a.right(), l.right()));
      }
    }
    for (int i = 0; i < a.left().paragraphs().size(); i++) {
      assertThat(lefts.contains(i) || leftsInPartials.contains(i)).as("left %d linked", i).isTrue();
    }
    for (int j = 0; j < a.right().paragraphs().size(); j++) {
      assertThat(rights.contains(j) || rightsInPartials.contains(j))
          .as("right %d linked", j)
          .isTrue();
    }
  }

  private static String side(List<DiffOp> diff, DiffOp.Op own) {
    return diff.stream()
        .filter(d -> d.op() == DiffOp.Op.EQUAL || d.op() == own)
        .map(DiffOp::text)
        .collect(Collectors.joining());
  }

  private static String text(Statement s, List<Integer> paragraphs) {
    return paragraphs.stream()
        .map(i -> s.paragraphs().get(i).text())
        .collect(Collectors.joining("\n"));
  }
}

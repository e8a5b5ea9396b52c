package dev.parley.align;

import dev.parley.diff.DiffOp;
import dev.parley.diff.WordDiff;
import dev.parley.similarity.SentenceEncoder;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a paragraph link of versions mode carries inside: its sentence links (on words by {@link
 * UnitAligner}, ungated, the link being their evidence; then, with a meaning model, the sentences
 * reworded beyond their words by {@link RewordedSentences}, and a sentence's reworded parts joined
 * to it by {@link RewordedParts}) and the word diff of its two sides.
 */
final class InsideLinks {

  private final UnitAligner units;

  InsideLinks(UnitAligner units) {
    this.units = units;
  }

  /**
   * Adds the sentence links and the word diff inside a partial link the evidence made: the
   * sentences of the two paragraphs that are versions of each other, and their diff (each side's
   * joined by a space), or, where no sentence pairs with another, the diff of the two paragraphs.
   */
  Link ofPartial(Link link, Statement left, Statement right, @Nullable SentenceEncoder encoder) {
    Paragraph p = left.paragraphs().get(link.left().get(0));
    Paragraph q = right.paragraphs().get(link.right().get(0));
    List<Link> carried = new ArrayList<>();
    StringBuilder leftText = new StringBuilder();
    StringBuilder rightText = new StringBuilder();
    for (Link s : sentences(p.sentences(), q.sentences(), encoder)) {
      if (s.left().isEmpty() || s.right().isEmpty()) {
        continue;
      }
      carried.add(s);
      for (int k : s.left()) {
        leftText.append(leftText.length() > 0 ? " " : "").append(p.sentences().get(k).text());
      }
      for (int k : s.right()) {
        rightText.append(rightText.length() > 0 ? " " : "").append(q.sentences().get(k).text());
      }
    }
    List<DiffOp> diff =
        carried.isEmpty()
            ? WordDiff.diff(List.of(p), List.of(q))
            : WordDiff.diff(leftText.toString(), rightText.toString());
    return link.withInside(carried, diff);
  }

  /** Adds the sentence links and the word diff inside a link with two sides. */
  Link of(Link link, Statement left, Statement right, @Nullable SentenceEncoder encoder) {
    if (link.left().isEmpty() || link.right().isEmpty()) {
      return link;
    }
    if (link.left().size() == 1 && link.right().size() == 1) {
      Paragraph p = left.paragraphs().get(link.left().get(0));
      Paragraph q = right.paragraphs().get(link.right().get(0));
      if (p.text().equals(q.text())) {
        return link.withInside(unchanged(p), List.of(new DiffOp(DiffOp.Op.EQUAL, p.text())));
      }
    }
    List<Link> sentenceLinks =
        sentences(
            MovedSentences.sentences(left, link.left()),
            MovedSentences.sentences(right, link.right()),
            encoder);
    List<DiffOp> diff =
        WordDiff.diff(paragraphs(left, link.left()), paragraphs(right, link.right()));
    return link.withInside(sentenceLinks, diff);
  }

  /** The sentence links of a paragraph kept word for word: each sentence to itself. */
  private static List<Link> unchanged(Paragraph p) {
    List<Link> out = new ArrayList<>(p.sentences().size());
    for (int k = 0; k < p.sentences().size(); k++) {
      out.add(Link.of(Link.Type.MATCH, List.of(k), List.of(k), 1.0));
    }
    return out;
  }

  /** The sentence links of {@code left} and {@code right}, in order, as versions of one text. */
  List<Link> sentences(
      List<Sentence> left, List<Sentence> right, @Nullable SentenceEncoder encoder) {
    List<Link> links =
        units.align(
            UnitAligner.each(left, Sentence::words), UnitAligner.each(right, Sentence::words));
    if (encoder == null) {
      return links;
    }
    return RewordedParts.attach(
        RewordedSentences.add(links, left, right, encoder, units.similarity()),
        left,
        right,
        encoder,
        units.similarity());
  }

  private static List<Paragraph> paragraphs(Statement s, List<Integer> indices) {
    return UnitAligner.each(indices, s.paragraphs()::get);
  }
}

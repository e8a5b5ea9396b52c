package dev.parley.report;

import static java.util.Objects.requireNonNull;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.align.LinkEvidence;
import dev.parley.diff.DiffOp;
import dev.parley.text.Metadata;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a report of a comparison shows, worked out once for every way of writing it (the HTML page,
 * the plain-text report of the command line): the rows in reading order, with a moved paragraph
 * shown where it stood and where it stands; each paragraph's partners and the link it belongs to;
 * the sentences that left a link's paragraphs for another paragraph or arrived in them; each side's
 * part of a word diff cut at its paragraphs; the count of links by type and the words for them.
 *
 * <pre>{@code
 * AlignmentView view = AlignmentView.of(parley.compare(left, right));
 * for (AlignmentView.Row row : view.rows()) {
 *   System.out.println(AlignmentView.noun(row.link().type()) + " " + row.show());
 * }
 * }</pre>
 *
 * <p>Paragraph and sentence numbers are the model's (from 0); a writer that numbers from 1 adds
 * one. Immutable.
 */
public final class AlignmentView {

  /** A side of the comparison. */
  public enum Side {
    LEFT,
    RIGHT
  }

  /** Which sides of a link a row shows. */
  public enum Show {
    /** Both sides side by side. */
    BOTH,
    /** Only where a moved paragraph stood on the left (its text is shown where it now stands). */
    LEFT,
    /** Only where a moved paragraph stands on the right. */
    RIGHT
  }

  /**
   * One row of a report: link {@code index} of the alignment, showing {@code show} of it.
   *
   * @param index the link's position in {@link Alignment#links()}
   * @param link the link
   * @param show which sides the row shows
   */
  public record Row(int index, Link link, Show show) {
    /** Checks the fields. */
    public Row {
      requireNonNull(link, "link");
      requireNonNull(show, "show");
    }
  }

  /** Whether a moved sentence is seen leaving a link's paragraph or arriving in it. */
  public enum Direction {
    LEAVING,
    ARRIVING
  }

  /**
   * A sentence that moved from left paragraph {@code from} into right paragraph {@code to}, as seen
   * from a link holding one of them: its text on that link's side.
   *
   * @param direction leaving the link's left paragraph, or arriving in its right paragraph
   * @param from the left paragraph it left
   * @param to the right paragraph it reached
   * @param text the sentence's text on the side seen (left when leaving, right when arriving)
   */
  public record MovedSentence(Direction direction, int from, int to, String text) {
    /** Checks the fields. */
    public MovedSentence {
      requireNonNull(direction, "direction");
      requireNonNull(text, "text");
    }
  }

  /**
   * A piece of one side's text in a word diff: equal, deleted (left side) or inserted (right side).
   *
   * @param op what happened to the piece
   * @param text the piece
   */
  public record Segment(DiffOp.Op op, String text) {
    /** Checks the fields. */
    public Segment {
      requireNonNull(op, "op");
      requireNonNull(text, "text");
    }
  }

  private final Alignment alignment;
  private final List<Row> rows;
  private final List<Map<Integer, List<Integer>>> partners;
  private final List<Map<Integer, Integer>> linkOf;
  private final Map<Link.Type, Integer> counts;

  private AlignmentView(Alignment alignment) {
    this.alignment = alignment;
    List<Link> links = alignment.links();
    Map<Integer, List<Integer>> leftPartners = new HashMap<>();
    Map<Integer, List<Integer>> rightPartners = new HashMap<>();
    Map<Integer, Integer> leftLink = new HashMap<>();
    Map<Integer, Integer> rightLink = new HashMap<>();
    // A paragraph's own link first; partial links (moved sentences) only for a paragraph that has
    // no other.
    for (boolean partial : new boolean[] {false, true}) {
      for (int n = 0; n < links.size(); n++) {
        Link l = links.get(n);
        if ((l.type() == Link.Type.PARTIAL) != partial) {
          continue;
        }
        for (int i : l.left()) {
          leftLink.putIfAbsent(i, n);
          leftPartners.computeIfAbsent(i, k -> new ArrayList<>()).addAll(l.right());
        }
        for (int j : l.right()) {
          rightLink.putIfAbsent(j, n);
          rightPartners.computeIfAbsent(j, k -> new ArrayList<>()).addAll(l.left());
        }
      }
    }
    this.partners = List.of(frozen(leftPartners), frozen(rightPartners));
    this.linkOf = List.of(Map.copyOf(leftLink), Map.copyOf(rightLink));
    Map<Link.Type, Integer> c = new EnumMap<>(Link.Type.class);
    links.forEach(l -> c.merge(l.type(), 1, Integer::sum));
    this.counts = Collections.unmodifiableMap(c);
    this.rows = List.copyOf(placeRows(links, alignment.mode()));
  }

  private static Map<Integer, List<Integer>> frozen(Map<Integer, List<Integer>> m) {
    Map<Integer, List<Integer>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /**
   * The rows in reading order. In versions mode every link is a row in the alignment's order, and a
   * moved paragraph has a second row, showing its right side, after the row that holds the right
   * paragraph before it; in delegations mode every link is one row.
   */
  private static List<Row> placeRows(List<Link> links, Alignment.Mode mode) {
    List<Row> rows = new ArrayList<>();
    List<Integer> moves = new ArrayList<>();
    for (int n = 0; n < links.size(); n++) {
      Link l = links.get(n);
      if (mode == Alignment.Mode.VERSIONS && l.type() == Link.Type.MOVE) {
        rows.add(new Row(n, l, Show.LEFT));
        moves.add(n);
      } else {
        rows.add(new Row(n, l, Show.BOTH));
      }
    }
    moves.sort(Comparator.comparing(n -> links.get(n).right().get(0)));
    for (int n : moves) {
      int j = links.get(n).right().get(0);
      int at = 0;
      for (int r = 0; r < rows.size(); r++) {
        Row row = rows.get(r);
        if (row.show() != Show.LEFT && row.link().right().contains(j - 1)) {
          at = r + 1;
          break;
        }
      }
      rows.add(at, new Row(n, links.get(n), Show.RIGHT));
    }
    return rows;
  }

  /**
   * Returns the view of {@code alignment}.
   *
   * @throws NullPointerException if {@code alignment} is null
   */
  public static AlignmentView of(Alignment alignment) {
    return new AlignmentView(requireNonNull(alignment, "alignment"));
  }

  /** Returns the alignment this is a view of. */
  public Alignment alignment() {
    return alignment;
  }

  /** Returns the rows in reading order (see {@link Show}). */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the paragraphs of the other side linked with paragraph {@code paragraph} of {@code
   * side}, its own link's first, then those it shares moved sentences with; empty if none.
   */
  public List<Integer> partners(Side side, int paragraph) {
    return partners.get(side.ordinal()).getOrDefault(paragraph, List.of());
  }

  /**
   * Returns the link paragraph {@code paragraph} of {@code side} belongs to: its one link in
   * versions mode (for a paragraph joined to the other side only by moved sentences, its first
   * partial link), its first related link in delegations mode; empty if none.
   */
  public OptionalInt linkOf(Side side, int paragraph) {
    Integer n = linkOf.get(side.ordinal()).get(paragraph);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** Whether paragraph {@code paragraph} of {@code side} has no partner on the other side. */
  public boolean alone(Side side, int paragraph) {
    OptionalInt n = linkOf(side, paragraph);
    if (n.isEmpty()) {
      return true;
    }
    Link l = alignment.links().get(n.getAsInt());
    return l.left().isEmpty() || l.right().isEmpty();
  }

  /**
   * How many links a reader sees of one kind: its words ({@link #noun(Link)}), its type, and the
   * number.
   *
   * @param noun what a reader calls the links ("matched", "restated")
   * @param type their type
   * @param count how many there are
   */
  public record Count(String noun, Link.Type type, int count) {}

  /**
   * Returns the number of links of each kind a reader tells apart, in the order of {@link
   * Link.Type}: as {@link #counts()}, but partial links counted apart as sentences moved and parts
   * restated.
   */
  public List<Count> kinds() {
    Map<String, Count> out = new java.util.LinkedHashMap<>();
    for (Link.Type t : Link.Type.values()) {
      for (Link l : alignment.links(t)) {
        String n = noun(l);
        Count c = out.get(n);
        out.put(n, new Count(n, t, c == null ? 1 : c.count() + 1));
      }
    }
    return List.copyOf(out.values());
  }

  /** Returns the number of links of each type, in the order of {@link Link.Type}. */
  public Map<Link.Type, Integer> counts() {
    return counts;
  }

  /**
   * Returns the sentences that left {@code link}'s left paragraphs for a paragraph of another link,
   * and those that arrived in its right paragraphs from another link, in the order of the partial
   * links that carry them; empty for a partial link itself (its text is those sentences).
   *
   * @throws NullPointerException if {@code link} is null
   */
  public List<MovedSentence> movedSentences(Link link) {
    requireNonNull(link, "link");
    if (link.type() == Link.Type.PARTIAL) {
      return List.of();
    }
    List<MovedSentence> out = new ArrayList<>();
    for (Link p : alignment.links(Link.Type.PARTIAL)) {
      if (isRestatement(p)) {
        continue;
      }
      int from = p.left().get(0);
      int to = p.right().get(0);
      if (link.left().contains(from)) {
        for (Link s : p.sentences()) {
          String text =
              alignment.left().paragraphs().get(from).sentences().get(s.left().get(0)).text();
          out.add(new MovedSentence(Direction.LEAVING, from, to, text));
        }
      }
      if (link.right().contains(to)) {
        for (Link s : p.sentences()) {
          String text =
              alignment.right().paragraphs().get(to).sentences().get(s.right().get(0)).text();
          out.add(new MovedSentence(Direction.ARRIVING, from, to, text));
        }
      }
    }
    return out;
  }

  /**
   * Returns one side of {@code link}'s word diff cut into that side's paragraphs at the line breaks
   * that join them: the left side keeps equal and deleted text, the right side equal and inserted
   * text. Empty when the link has no diff.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<List<Segment>> segments(Link link, Side side) {
    requireNonNull(link, "link");
    requireNonNull(side, "side");
    if (link.diff().isEmpty()) {
      return List.of();
    }
    List<List<Segment>> paragraphs = new ArrayList<>();
    List<Segment> current = new ArrayList<>();
    paragraphs.add(current);
    DiffOp.Op own = side == Side.LEFT ? DiffOp.Op.DELETE : DiffOp.Op.INSERT;
    for (DiffOp d : link.diff()) {
      if (d.op() != DiffOp.Op.EQUAL && d.op() != own) {
        continue;
      }
      String t = d.text();
      int from = 0;
      for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', from)) {
        if (nl > from) {
          current.add(new Segment(d.op(), t.substring(from, nl)));
        }
        current = new ArrayList<>();
        paragraphs.add(current);
        from = nl + 1;
      }
      if (from < t.length()) {
        current.add(new Segment(d.op(), t.substring(from)));
      }
    }
    return paragraphs.stream().map(List::copyOf).toList();
  }

  /**
   * Returns what a reader calls {@code link}: as {@link #noun(Link.Type)}, but "restated" for a
   * partial link the evidence made (part of one paragraph said again in the other) rather than
   * moved sentences.
   */
  public static String noun(Link link) {
    return isRestatement(link) ? "restated" : noun(link.type());
  }

  /**
   * Sentences meaning linked inside a link, reworded beyond their words: what was said (one
   * sentence or several, joined by a space), what it became, their closeness in meaning if told,
   * and how many sentences were said.
   */
  record Reworded(String said, String became, OptionalDouble meaning, int sentencesSaid) {}

  /**
   * The sentence links of {@code link} that meaning made, reworded beyond their words (two
   * sentences, or one and its reworded parts), with their texts; none for a partial link, whose
   * text is its carried sentences already.
   */
  static List<Reworded> reworded(Alignment a, Link link) {
    if (link.type() == Link.Type.PARTIAL) {
      return List.of();
    }
    List<Reworded> out = new ArrayList<>();
    for (Link s : link.sentences()) {
      if (isReworded(s)) {
        out.add(
            new Reworded(
                sentences(a.left(), link.left(), s.left()),
                sentences(a.right(), link.right(), s.right()),
                s.evidence().get().meaning(),
                s.left().size()));
      }
    }
    return out;
  }

  /** Whether {@code link} has sentences meaning linked, reworded beyond their words. */
  static boolean hasReworded(Link link) {
    return link.type() != Link.Type.PARTIAL
        && link.sentences().stream().anyMatch(AlignmentView::isReworded);
  }

  /** Whether sentence link {@code s} is one meaning made: only those carry evidence. */
  private static boolean isReworded(Link s) {
    return s.evidence().isPresent() && !s.left().isEmpty() && !s.right().isEmpty();
  }

  /**
   * Sentences {@code ks} of the paragraphs {@code paragraphs}, counted across them from 0, joined
   * by a space.
   */
  private static String sentences(Statement s, List<Integer> paragraphs, List<Integer> ks) {
    StringBuilder b = new StringBuilder();
    for (int k : ks) {
      b.append(b.length() > 0 ? " " : "").append(sentence(s, paragraphs, k));
    }
    return b.toString();
  }

  /** Sentence {@code k} of the paragraphs {@code paragraphs}, counted across them from 0. */
  private static String sentence(Statement s, List<Integer> paragraphs, int k) {
    int at = k;
    for (int p : paragraphs) {
      List<Sentence> ss = s.paragraphs().get(p).sentences();
      if (at < ss.size()) {
        return ss.get(at).text();
      }
      at -= ss.size();
    }
    throw new IllegalArgumentException("no sentence " + k + " in " + paragraphs);
  }

  /**
   * Whether {@code link} is a partial link that joins a paragraph to another that restates part of
   * it (shared words, meaning), not one made of sentences that moved.
   */
  public static boolean isRestatement(Link link) {
    return link.type() == Link.Type.PARTIAL
        && link.evidence().isPresent()
        && link.evidence().get().rule() != LinkEvidence.Rule.MOVED_SENTENCES;
  }

  /** Returns what a reader calls a link of type {@code type}: "matched", "sentences moved" … */
  public static String noun(Link.Type type) {
    return switch (type) {
      case MATCH -> "matched";
      case SPLIT -> "split";
      case MERGE -> "merged";
      case MOVE -> "moved";
      case PARTIAL -> "sentences moved";
      case DELETE -> "deleted";
      case INSERT -> "inserted";
      case RELATED -> "related";
    };
  }

  /**
   * Returns a statement's short name for a title: its delegation and year ("Kazakhstan, 2006"), or
   * its file name when its metadata does not say.
   */
  public static String name(Statement s) {
    Metadata m = s.metadata();
    String file = s.source().replaceAll(".*[/\\\\]", "");
    StringBuilder b = new StringBuilder(m.delegation().orElse(file));
    m.date().ifPresent(d -> b.append(", ").append(d.getYear()));
    if (m.delegation().isPresent() && m.date().isEmpty()) {
      b.append(" (").append(file).append(')');
    }
    return b.toString();
  }
}

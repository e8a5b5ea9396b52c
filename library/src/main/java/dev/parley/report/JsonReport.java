package dev.parley.report;

import static java.util.Objects.requireNonNull;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.align.LinkEvidence;
import dev.parley.align.NearMiss;
import dev.parley.corpus.CorpusDocument;
import dev.parley.corpus.CorpusIndex;
import dev.parley.corpus.Neighbour;
import dev.parley.corpus.ReusedPassage;
import dev.parley.diff.DiffOp;
import dev.parley.history.History;
import dev.parley.history.HistoryLink;
import dev.parley.history.Lineage;
import dev.parley.history.PhraseTimeline;
import dev.parley.history.Place;
import dev.parley.similarity.PhrasingScore;
import dev.parley.similarity.SharedPhrase;
import dev.parley.text.Metadata;
import dev.parley.text.Paragraph;
import dev.parley.text.RemovedText;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON contract (docs/CLI-CONTRACT.md in the project): what {@code parley normalize}, {@code
 * compare}, {@code history} and {@code score} print with {@code --format json}, written by the
 * library, so that a program embedding Parley gives its users the same objects as the command line.
 * Paragraphs and sentences are indexed from 0; scores are rounded to four decimals. Each document
 * is indented two spaces a level and ends with a line break.
 *
 * <pre>{@code
 * JsonReport.write(parley.compare(older, newer), writer);
 * }</pre>
 */
public final class JsonReport {

  private JsonReport() {}

  /**
   * Writes the {@code normalize} object of {@code statement}: its source, metadata, paragraphs with
   * their kinds, sentences and offsets, what was removed, and any warnings.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Statement statement, Appendable out) {
    requireNonNull(statement, "statement");
    JsonWriter w = new JsonWriter(requireNonNull(out, "out"), true);
    statement(w, statement);
    end(out);
  }

  /**
   * Writes the {@code compare} object of {@code alignment}: both statements, the similarity, the
   * links with their sentence links, word differences and evidence, and the closest pairs that are
   * no link.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Alignment alignment, Appendable out) {
    requireNonNull(alignment, "alignment");
    JsonWriter w = new JsonWriter(requireNonNull(out, "out"), true);
    alignment(w, alignment);
    end(out);
  }

  /**
   * Writes the {@code history} object of {@code history}: the versions, the links between them, the
   * lineages and the phrase timeline.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(History history, Appendable out) {
    requireNonNull(history, "history");
    JsonWriter w = new JsonWriter(requireNonNull(out, "out"), true);
    history(w, history);
    end(out);
  }

  /**
   * Writes the {@code score} object: the two texts' names as given, the similarity, every measure
   * and the shared phrases with their places.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(String left, String right, PhrasingScore score, Appendable out) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    requireNonNull(score, "score");
    JsonWriter w = new JsonWriter(requireNonNull(out, "out"), true);
    w.beginObject().entry("left", left).entry("right", right);
    w.entry("similarity", round(score.similarity()));
    w.name("measures").beginObject();
    score.measures().forEach((k, v) -> w.entry(k, round(v)));
    w.endObject();
    w.name("sharedPhrases").beginArray();
    for (SharedPhrase p : score.sharedPhrases()) {
      sharedPhrase(w, p);
    }
    w.endArray();
    if (!score.restatements().isEmpty()) {
      w.name("restatements").beginArray();
      for (dev.parley.similarity.Restatement r : score.restatements()) {
        w.beginObject()
            .entry("left", r.left())
            .entry("right", r.right())
            .entry("meaning", r.meaning())
            .entry("words", r.words())
            .endObject();
      }
      w.endArray();
    }
    w.endObject();
    end(out);
  }

  /**
   * Writes one line of {@code parley corpus similar --format jsonl}: the statement named {@code
   * file} (with its delegation and year when {@code document}, one of the index's, is given) and
   * its nearest statements, each with its file, delegation, year and similarity. Compact, one line.
   *
   * @throws NullPointerException if an argument but {@code document} is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeNearest(
      CorpusIndex index,
      String file,
      @Nullable CorpusDocument document,
      List<Neighbour> nearest,
      Appendable out) {
    requireNonNull(index, "index");
    requireNonNull(file, "file");
    requireNonNull(nearest, "nearest");
    JsonWriter w = new JsonWriter(requireNonNull(out, "out"), false);
    w.beginObject().entry("file", file);
    if (document != null) {
      describe(w, document);
    }
    w.name("nearest").beginArray();
    for (Neighbour n : nearest) {
      CorpusDocument d = index.documents().get(n.document());
      w.beginObject().entry("file", d.path());
      describe(w, d);
      w.entry("similarity", round(n.similarity()));
      w.name("shared").beginArray();
      for (String t : n.shared()) {
        w.value(t);
      }
      w.endArray().endObject();
    }
    w.endArray().endObject();
    end(out);
  }

  /**
   * Writes one line of {@code parley corpus reuse --format jsonl}: a reused passage's length in
   * words and where it stands in both statements (file, delegation, year, paragraphs, words, text).
   * Compact, one line.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writePassage(CorpusIndex index, ReusedPassage passage, Appendable out) {
    requireNonNull(index, "index");
    requireNonNull(passage, "passage");
    JsonWriter w = new JsonWriter(requireNonNull(out, "out"), false);
    w.beginObject().entry("words", passage.words());
    location(w, "left", index.documents().get(passage.left().document()), passage.left());
    location(w, "right", index.documents().get(passage.right().document()), passage.right());
    w.endObject();
    end(out);
  }

  private static void location(
      JsonWriter w, String side, CorpusDocument d, ReusedPassage.Location at) {
    w.name(side).beginObject().entry("file", d.path());
    describe(w, d);
    w.entry("firstParagraph", at.firstParagraph())
        .entry("lastParagraph", at.lastParagraph())
        .entry("firstWord", at.firstWord())
        .entry("endWord", at.endWord())
        .entry("text", at.text())
        .endObject();
  }

  private static void describe(JsonWriter w, CorpusDocument d) {
    if (!d.delegation().isEmpty()) {
      w.entry("delegation", d.delegation());
    }
    if (d.year() != 0) {
      w.entry("year", d.year());
    }
  }

  /** Returns {@code x} rounded to four decimals, as the JSON shows scores. */
  public static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }

  private static void end(Appendable out) {
    try {
      out.append('\n');
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- normalize

  private static void statement(JsonWriter w, Statement statement) {
    w.beginObject().entry("source", statement.source());
    metadata(w, statement.metadata());
    w.name("paragraphs").beginArray();
    for (Paragraph p : statement.paragraphs()) {
      paragraph(w, p);
      w.name("sentences").beginArray();
      for (Sentence s : p.sentences()) {
        w.beginObject()
            .entry("text", s.text())
            .entry("start", s.span().start())
            .entry("end", s.span().end())
            .endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
    w.name("removed").beginArray();
    for (RemovedText r : statement.removed()) {
      w.beginObject()
          .entry("kind", r.kind().label())
          .entry("text", r.text())
          .entry("start", r.span().start())
          .entry("end", r.span().end())
          .endObject();
    }
    w.endArray();
    if (!statement.warnings().isEmpty()) {
      w.name("warnings").beginArray();
      statement.warnings().forEach(w::value);
      w.endArray();
    }
    w.endObject();
  }

  /** Opens a paragraph's object with its index, kind, text and offsets, and leaves it open. */
  private static void paragraph(JsonWriter w, Paragraph p) {
    w.beginObject()
        .entry("index", p.index())
        .entry("kind", p.kind().label())
        .entry("text", p.text())
        .entry("start", p.span().start())
        .entry("end", p.span().end());
  }

  private static void metadata(JsonWriter w, Metadata m) {
    w.name("metadata").beginObject();
    m.speaker().ifPresent(v -> w.entry("speaker", v));
    m.title().ifPresent(v -> w.entry("title", v));
    m.delegation().ifPresent(v -> w.entry("delegation", v));
    m.agendaItem().ifPresent(v -> w.entry("agendaItem", v));
    m.agendaTitle().ifPresent(v -> w.entry("agendaTitle", v));
    m.date().ifPresent(v -> w.entry("date", v.toString()));
    w.endObject();
  }

  private static void sharedPhrase(JsonWriter w, SharedPhrase p) {
    w.beginObject()
        .entry("text", p.text())
        .entry("words", p.words())
        .entry("contentWords", p.contentWords());
    for (String side : new String[] {"left", "right"}) {
      SharedPhrase.Occurrence at = side.equals("left") ? p.left() : p.right();
      w.name(side)
          .beginObject()
          .entry("paragraph", at.paragraph())
          .entry("start", at.start())
          .entry("end", at.end())
          .endObject();
    }
    w.endObject();
  }

  // --- compare

  private static void alignment(JsonWriter w, Alignment a) {
    w.beginObject().entry("mode", a.mode().label());
    w.name("left");
    statement(w, a.left());
    w.name("right");
    statement(w, a.right());
    w.entry("similarity", round(a.similarity()));
    w.name("links").beginArray();
    for (Link l : a.links()) {
      link(w, l, true);
    }
    w.endArray();
    a.meaning().ifPresent(m -> w.entry("meaningModel", m));
    if (!a.closest().isEmpty()) {
      w.name("closest").beginArray();
      for (NearMiss n : a.closest()) {
        w.beginObject()
            .entry("left", java.util.List.of(n.left()))
            .entry("right", java.util.List.of(n.right()))
            .entry("words", round(n.words()));
        n.meaning().ifPresent(m -> w.entry("meaning", round(m)));
        w.name("terms").beginArray();
        n.terms().forEach(w::value);
        w.endArray().entry("shortOf", n.shortOf()).endObject();
      }
      w.endArray();
    }
    w.endObject();
  }

  private static void evidence(JsonWriter w, LinkEvidence e) {
    w.beginObject()
        .entry("rule", e.rule().label())
        .entry("weak", e.weak())
        .entry("words", round(e.words()));
    e.meaning().ifPresent(m -> w.entry("meaning", round(m)));
    w.name("closestFor").beginArray();
    if (e.bestForLeft()) {
      w.value("left");
    }
    if (e.bestForRight()) {
      w.value("right");
    }
    w.endArray();
    w.name("terms").beginArray();
    e.terms().forEach(w::value);
    w.endArray().endObject();
  }

  private static void link(JsonWriter w, Link l, boolean paragraph) {
    w.beginObject()
        .entry("type", l.type().label())
        .entry("left", l.left())
        .entry("right", l.right());
    l.score().ifPresent(s -> w.entry("score", round(s)));
    l.share()
        .ifPresent(
            s ->
                w.name("share")
                    .beginObject()
                    .entry("left", round(s.left()))
                    .entry("right", round(s.right()))
                    .endObject());
    if (!l.sharedPhrases().isEmpty()) {
      w.name("sharedPhrases").beginArray();
      l.sharedPhrases().forEach(p -> w.value(p.text()));
      w.endArray();
    }
    l.evidence()
        .ifPresent(
            e -> {
              w.name("evidence");
              evidence(w, e);
            });
    if (paragraph && !l.sentences().isEmpty()) {
      w.name("sentences").beginArray();
      l.sentences().forEach(s -> link(w, s, false));
      w.endArray();
    }
    if (!l.diff().isEmpty()) {
      diff(w, l.diff());
    }
    w.endObject();
  }

  private static void diff(JsonWriter w, java.util.List<DiffOp> ops) {
    w.name("diff").beginArray();
    for (DiffOp op : ops) {
      w.beginObject().entry("op", op.op().label()).entry("text", op.text()).endObject();
    }
    w.endArray();
  }

  // --- history

  private static void history(JsonWriter w, History h) {
    w.beginObject().name("versions").beginArray();
    for (Statement s : h.versions()) {
      w.beginObject().entry("file", s.source());
      metadata(w, s.metadata());
      w.name("paragraphs").beginArray();
      for (Paragraph p : s.paragraphs()) {
        paragraph(w, p);
        w.endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
    w.name("links").beginArray();
    for (HistoryLink l : h.links()) {
      w.beginObject().entry("type", l.type().label());
      w.name("from");
      place(w, l.from());
      w.name("to");
      place(w, l.to());
      w.entry("score", round(l.score()));
      w.name("sentences").beginArray();
      for (Link s : l.sentences()) {
        w.beginObject()
            .entry("type", s.type().label())
            .entry("left", s.left())
            .entry("right", s.right());
        s.score().ifPresent(x -> w.entry("score", round(x)));
        w.endObject();
      }
      w.endArray();
      diff(w, l.diff());
      w.endObject();
    }
    w.endArray();
    w.name("lineages").beginArray();
    for (Lineage l : h.lineages()) {
      w.beginObject().entry("id", l.id()).name("members").beginArray();
      l.members().forEach(m -> place(w, m));
      w.endArray().entry("first", l.first()).entry("last", l.last()).endObject();
    }
    w.endArray();
    w.name("phrases").beginArray();
    for (PhraseTimeline p : h.phrases()) {
      w.beginObject().entry("text", p.text()).entry("introduced", p.introduced()).name("dropped");
      if (p.dropped().isPresent()) {
        w.value(p.dropped().getAsInt());
      } else {
        w.nullValue();
      }
      w.entry("versions", p.versions()).endObject();
    }
    w.endArray().endObject();
  }

  private static void place(JsonWriter w, Place p) {
    w.beginObject().entry("version", p.version()).entry("paragraph", p.paragraph()).endObject();
  }
}

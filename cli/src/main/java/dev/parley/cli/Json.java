package dev.parley.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.text.Metadata;
import dev.parley.text.Paragraph;
import dev.parley.text.RemovedText;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The JSON forms of the library's results, exactly as docs/CLI-CONTRACT.md states them. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Returns the {@code normalize} object of {@code statement}. */
  static ObjectNode statement(Statement statement) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", statement.source());
    root.set("metadata", metadata(statement.metadata()));
    ArrayNode paragraphs = root.putArray("paragraphs");
    for (Paragraph p : statement.paragraphs()) {
      ObjectNode o = paragraph(paragraphs.addObject(), p);
      ArrayNode sentences = o.putArray("sentences");
      for (Sentence s : p.sentences()) {
        ObjectNode so = sentences.addObject();
        so.put("text", s.text());
        so.put("start", s.span().start());
        so.put("end", s.span().end());
      }
    }
    ArrayNode removed = root.putArray("removed");
    for (RemovedText r : statement.removed()) {
      ObjectNode o = removed.addObject();
      o.put("kind", r.kind().label());
      o.put("text", r.text());
      o.put("start", r.span().start());
      o.put("end", r.span().end());
    }
    if (!statement.warnings().isEmpty()) {
      ArrayNode warnings = root.putArray("warnings");
      statement.warnings().forEach(warnings::add);
    }
    return root;
  }

  /** Fills {@code o} with a paragraph's index, kind, text and offsets; returns it. */
  static ObjectNode paragraph(ObjectNode o, Paragraph p) {
    o.put("index", p.index());
    o.put("kind", p.kind().label());
    o.put("text", p.text());
    o.put("start", p.span().start());
    o.put("end", p.span().end());
    return o;
  }

  static ObjectNode metadata(Metadata m) {
    ObjectNode o = MAPPER.createObjectNode();
    m.speaker().ifPresent(v -> o.put("speaker", v));
    m.title().ifPresent(v -> o.put("title", v));
    m.delegation().ifPresent(v -> o.put("delegation", v));
    m.agendaItem().ifPresent(v -> o.put("agendaItem", v));
    m.agendaTitle().ifPresent(v -> o.put("agendaTitle", v));
    m.date().ifPresent(v -> o.put("date", v.toString()));
    return o;
  }

  /** Returns {@code x} rounded to four decimals, as the JSON shows scores. */
  static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }

  /** Returns a shared phrase with its place in both texts. */
  static ObjectNode sharedPhrase(dev.parley.similarity.SharedPhrase p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", p.text());
    o.put("words", p.words());
    o.put("contentWords", p.contentWords());
    for (String side : new String[] {"left", "right"}) {
      dev.parley.similarity.SharedPhrase.Occurrence at = side.equals("left") ? p.left() : p.right();
      ObjectNode s = o.putObject(side);
      s.put("paragraph", at.paragraph());
      s.put("start", at.start());
      s.put("end", at.end());
    }
    return o;
  }

  /** Writes {@code node} indented by two spaces, followed by a line break. */
  static void write(PrintWriter out, ObjectNode node) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      // Streamed, not built as one string first: a large statement's JSON is large.
      MAPPER.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, node);
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the statement's warnings on {@code err}, one line each, naming its source. */
  static void warn(PrintWriter err, Statement statement) {
    for (String warning : statement.warnings()) {
      err.println("parley: warning: " + statement.source() + ": " + warning);
    }
  }
}

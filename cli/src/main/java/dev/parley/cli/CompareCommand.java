package dev.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.align.LinkEvidence;
import dev.parley.align.NearMiss;
import dev.parley.diff.DiffOp;
import dev.parley.report.HtmlReport;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley compare [--mode versions|delegations] [--format text|json|html] [--output FILE]
 * LEFT RIGHT}.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Align two statements: paragraphs (matches, splits, merges, moves, insertions, deletions; "
          + "or related paragraphs of two delegations), sentences and words inside, with scores."
    })
final class CompareCommand implements Callable<Integer> {

  @Mixin ParleyOptions options;

  @Option(
      names = "--mode",
      defaultValue = "versions",
      description =
          "versions (two versions of one statement) or delegations (default: ${DEFAULT-VALUE}).")
  String mode;

  @Mixin ReportOptions report;

  @Parameters(index = "0", paramLabel = "LEFT", description = "The left (earlier) statement.")
  Path left;

  @Parameters(index = "1", paramLabel = "RIGHT", description = "The right (later) statement.")
  Path right;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Alignment.Mode m =
        switch (mode.toLowerCase(Locale.ROOT)) {
          case "versions" -> Alignment.Mode.VERSIONS;
          case "delegations" -> Alignment.Mode.DELEGATIONS;
          default ->
              throw new ParleyCommand.UsageException(
                  "unknown mode '" + mode + "' (expected versions or delegations)");
        };
    OutputFormat f = report.format();
    Parley parley = options.parley();
    StandardInput.atMostOnce(java.util.List.of(left, right));
    Statement a = StandardInput.read(parley, left);
    Statement b = StandardInput.read(parley, right);
    PrintWriter err = spec.commandLine().getErr();
    Json.warn(err, a);
    Json.warn(err, b);
    Alignment alignment = parley.compare(a, b, m);
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    if (f == OutputFormat.JSON) {
      Json.write(out, alignment(alignment));
    } else if (f == OutputFormat.HTML) {
      HtmlReport.write(alignment, out);
    } else {
      AlignmentText.write(out, alignment, report.terminal());
    }
    out.flush();
    report.deliver(spec, buffer.toString());
    return 0;
  }

  /** The {@code compare} object of the contract. */
  static ObjectNode alignment(Alignment a) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("mode", a.mode().label());
    root.set("left", Json.statement(a.left()));
    root.set("right", Json.statement(a.right()));
    root.put("similarity", Json.round(a.similarity()));
    ArrayNode links = root.putArray("links");
    for (Link l : a.links()) {
      links.add(link(l, true));
    }
    a.meaning().ifPresent(m -> root.put("meaningModel", m));
    if (!a.closest().isEmpty()) {
      ArrayNode closest = root.putArray("closest");
      for (NearMiss n : a.closest()) {
        ObjectNode o = closest.addObject();
        o.putArray("left").add(n.left());
        o.putArray("right").add(n.right());
        o.put("words", Json.round(n.words()));
        n.meaning().ifPresent(m -> o.put("meaning", Json.round(m)));
        ArrayNode terms = o.putArray("terms");
        n.terms().forEach(terms::add);
        o.put("shortOf", n.shortOf());
      }
    }
    return root;
  }

  /** The {@code evidence} object of a link: its rule and the signals behind it. */
  static ObjectNode evidence(LinkEvidence e) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("rule", e.rule().label());
    o.put("weak", e.weak());
    o.put("words", Json.round(e.words()));
    e.meaning().ifPresent(m -> o.put("meaning", Json.round(m)));
    ArrayNode closest = o.putArray("closestFor");
    if (e.bestForLeft()) {
      closest.add("left");
    }
    if (e.bestForRight()) {
      closest.add("right");
    }
    ArrayNode terms = o.putArray("terms");
    e.terms().forEach(terms::add);
    return o;
  }

  private static ObjectNode link(Link l, boolean paragraph) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("type", l.type().label());
    ArrayNode left = o.putArray("left");
    l.left().forEach(left::add);
    ArrayNode right = o.putArray("right");
    l.right().forEach(right::add);
    l.score().ifPresent(s -> o.put("score", Json.round(s)));
    l.share()
        .ifPresent(
            s -> {
              ObjectNode share = o.putObject("share");
              share.put("left", Json.round(s.left()));
              share.put("right", Json.round(s.right()));
            });
    if (!l.sharedPhrases().isEmpty()) {
      ArrayNode phrases = o.putArray("sharedPhrases");
      l.sharedPhrases().forEach(p -> phrases.add(p.text()));
    }
    l.evidence().ifPresent(e -> o.set("evidence", evidence(e)));
    if (paragraph && !l.sentences().isEmpty()) {
      ArrayNode sentences = o.putArray("sentences");
      l.sentences().forEach(s -> sentences.add(link(s, false)));
    }
    if (!l.diff().isEmpty()) {
      ArrayNode diff = o.putArray("diff");
      for (DiffOp op : l.diff()) {
        ObjectNode d = diff.addObject();
        d.put("op", op.op().label());
        d.put("text", op.text());
      }
    }
    return o;
  }
}

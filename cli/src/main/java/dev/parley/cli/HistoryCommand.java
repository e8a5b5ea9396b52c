package dev.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.Parley;
import dev.parley.align.Link;
import dev.parley.diff.DiffOp;
import dev.parley.history.History;
import dev.parley.history.HistoryLink;
import dev.parley.history.Lineage;
import dev.parley.history.PhraseTimeline;
import dev.parley.history.Place;
import dev.parley.report.HistoryReport;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley history [--format text|json|html] [--output FILE] FILE FILE [FILE...]}. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Follow the paragraphs of a series of versions of one statement (oldest first): links "
          + "between versions, paragraphs dropped and restored, lineages, and when each shared "
          + "phrase was introduced and dropped."
    })
final class HistoryCommand implements Callable<Integer> {

  @Mixin ParleyOptions options;

  @Mixin ReportOptions report;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "The versions, oldest first; or one folder, whose *.txt files are taken in name order.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    OutputFormat f = report.format();
    List<Path> versions = versions(files);
    StandardInput.atMostOnce(versions);
    Parley parley = options.parley();
    PrintWriter err = spec.commandLine().getErr();
    List<Statement> statements = new ArrayList<>(versions.size());
    for (Path p : versions) {
      Statement s = StandardInput.read(parley, p);
      Json.warn(err, s);
      statements.add(s);
    }
    History history = parley.history(statements);
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    if (f == OutputFormat.JSON) {
      Json.write(out, history(history));
    } else if (f == OutputFormat.HTML) {
      HistoryReport.write(history, out);
    } else {
      write(out, history, report.terminal());
    }
    out.flush();
    report.deliver(spec, buffer.toString());
    return 0;
  }

  /** The files as given, or one folder's {@code *.txt} files in name order; at least two. */
  static List<Path> versions(List<Path> files) throws IOException {
    List<Path> out = files;
    if (files.size() == 1 && Files.isDirectory(files.get(0))) {
      try (Stream<Path> list = Files.list(files.get(0))) {
        out =
            list.filter(p -> p.getFileName().toString().endsWith(".txt"))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      }
      if (out.size() < 2) {
        throw new ParleyCommand.UsageException(
            files.get(0)
                + ": a history needs at least two versions; the folder holds "
                + out.size()
                + " .txt file"
                + (out.size() == 1 ? "" : "s"));
      }
    }
    if (out.size() < 2) {
      throw new ParleyCommand.UsageException(
          "a history needs at least two versions (files, oldest first, or one folder)");
    }
    return out;
  }

  // ------------------------------------------------------------------ JSON

  /** The {@code history} object of the contract. */
  static ObjectNode history(History h) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode versions = root.putArray("versions");
    for (Statement s : h.versions()) {
      ObjectNode v = versions.addObject();
      v.put("file", s.source());
      v.set("metadata", Json.metadata(s.metadata()));
      ArrayNode paragraphs = v.putArray("paragraphs");
      for (Paragraph p : s.paragraphs()) {
        Json.paragraph(paragraphs.addObject(), p);
      }
    }
    ArrayNode links = root.putArray("links");
    for (HistoryLink l : h.links()) {
      ObjectNode o = links.addObject();
      o.put("type", l.type().label());
      o.set("from", place(l.from()));
      o.set("to", place(l.to()));
      o.put("score", Json.round(l.score()));
      ArrayNode sentences = o.putArray("sentences");
      for (Link s : l.sentences()) {
        ObjectNode so = sentences.addObject();
        so.put("type", s.type().label());
        ArrayNode left = so.putArray("left");
        s.left().forEach(left::add);
        ArrayNode right = so.putArray("right");
        s.right().forEach(right::add);
        s.score().ifPresent(x -> so.put("score", Json.round(x)));
      }
      ArrayNode diff = o.putArray("diff");
      for (DiffOp op : l.diff()) {
        ObjectNode d = diff.addObject();
        d.put("op", op.op().label());
        d.put("text", op.text());
      }
    }
    ArrayNode lineages = root.putArray("lineages");
    for (Lineage l : h.lineages()) {
      ObjectNode o = lineages.addObject();
      o.put("id", l.id());
      ArrayNode members = o.putArray("members");
      l.members().forEach(m -> members.add(place(m)));
      o.put("first", l.first());
      o.put("last", l.last());
    }
    ArrayNode phrases = root.putArray("phrases");
    for (PhraseTimeline p : h.phrases()) {
      ObjectNode o = phrases.addObject();
      o.put("text", p.text());
      o.put("introduced", p.introduced());
      if (p.dropped().isPresent()) {
        o.put("dropped", p.dropped().getAsInt());
      } else {
        o.putNull("dropped");
      }
      ArrayNode v = o.putArray("versions");
      p.versions().forEach(v::add);
    }
    return root;
  }

  private static ObjectNode place(Place p) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("version", p.version());
    o.put("paragraph", p.paragraph());
    return o;
  }

  // ------------------------------------------------------------------ text

  /**
   * The text report: the versions, then each lineage where it enters, changes, leaves and returns,
   * then the phrase timeline.
   */
  static void write(PrintWriter out, History h, Terminal terminal) {
    int width = terminal.width();
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
            out.println(Wrap.indent(AlignmentText.marked(in.diff(), terminal), "     ", width));
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

package dev.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.Parley;
import dev.parley.report.JsonReport;
import dev.parley.report.TextReport;
import dev.parley.similarity.PhrasingScore;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import dev.parley.text.WordSequence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley score [--format text|json] LEFT RIGHT} and {@code parley score --pairs PAIRS.tsv}.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score how alike two statements are phrased: the calibrated similarity in [0, 1], the "
          + "measures beside it, and the phrases they share.",
      "With --pairs, score every pair of a TSV file (the last two fields of a line are the "
          + "paths, relative to the file's folder) and print one JSON object per line, with the "
          + "measures whose cost grows linearly with the texts."
    })
final class ScoreCommand implements Callable<Integer> {

  @Mixin ParleyOptions options;

  @Option(
      names = "--format",
      description = "Output format for one pair: text or json (default: text).")
  String format;

  @Option(
      names = "--pairs",
      paramLabel = "PAIRS.tsv",
      description = "Score the pairs listed in this file.")
  Path pairs;

  @Parameters(paramLabel = "FILE", arity = "0..2", description = "LEFT and RIGHT statements.")
  List<Path> files = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (pairs != null) {
      if (!files.isEmpty() || format != null) {
        throw new ParleyCommand.UsageException(
            "score --pairs takes no FILE arguments and no --format (it prints JSON lines)");
      }
      return scorePairs(out);
    }
    if (files.size() != 2) {
      throw new ParleyCommand.UsageException("score needs LEFT and RIGHT, or --pairs PAIRS.tsv");
    }
    OutputFormat f =
        OutputFormat.parse(format == null ? "text" : format, OutputFormat.TEXT, OutputFormat.JSON);
    Parley parley = options.parley();
    StandardInput.atMostOnce(files);
    Statement left = StandardInput.read(parley, files.get(0));
    Statement right = StandardInput.read(parley, files.get(1));
    PrintWriter err = spec.commandLine().getErr();
    Json.warn(err, left);
    Json.warn(err, right);
    PhrasingScore score;
    try (StillWorking w =
        StillWorking.start(err, "scoring " + files.get(0) + " and " + files.get(1))) {
      score = parley.score(left, right);
    }
    String leftName = files.get(0).toString();
    String rightName = files.get(1).toString();
    if (f == OutputFormat.JSON) {
      JsonReport.write(leftName, rightName, score, out);
    } else {
      TextReport.write(leftName, rightName, score, Terminal.current().style(), out);
    }
    out.flush();
    return 0;
  }

  private int scorePairs(PrintWriter out) throws IOException {
    if (Files.isDirectory(pairs)) {
      throw new UnusableInputException(pairs.toString(), "is a folder, not a file");
    }
    if (!Files.isReadable(pairs)) {
      throw new UnusableInputException(
          pairs.toString(), Files.exists(pairs) ? "cannot be read" : "no such file");
    }
    List<String> lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
    Path base = pairs.toAbsolutePath().getParent();
    Parley parley = options.parley();
    Map<Path, Object> statements = new ConcurrentHashMap<>(); // a Statement or the error message
    List<ObjectNode> results =
        IntStream.range(0, lines.size())
            .parallel()
            .mapToObj(i -> scoreLine(lines.get(i), i + 1, base, parley, statements))
            .toList();
    int failures = 0;
    for (ObjectNode r : results) {
      if (r == null) {
        continue;
      }
      if (r.has("error")) {
        failures++;
      }
      out.println(Json.MAPPER.writeValueAsString(r));
    }
    out.flush();
    return failures == 0 ? 0 : ParleyCommand.EXIT_INPUT;
  }

  private ObjectNode scoreLine(
      String line, int number, Path base, Parley parley, Map<Path, Object> statements) {
    if (line.isBlank()) {
      return null;
    }
    String[] fields = line.split("\t", -1);
    if (fields.length < 2) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("left", fields[0].strip());
      o.put("right", "");
      o.put("error", pairs + " line " + number + ": needs two tab-separated paths");
      return o;
    }
    String leftName = fields[fields.length - 2].strip();
    String rightName = fields[fields.length - 1].strip();
    Object left =
        statements.computeIfAbsent(base.resolve(leftName), p -> read(parley, p, leftName));
    Object right =
        statements.computeIfAbsent(base.resolve(rightName), p -> read(parley, p, rightName));
    if (left instanceof String || right instanceof String) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("left", leftName);
      o.put("right", rightName);
      o.put("error", left instanceof String l ? l : (String) right);
      return o;
    }
    Map<String, Double> measures =
        parley
            .phrasing()
            .measures(WordSequence.of((Statement) left), WordSequence.of((Statement) right));
    return scoreObject(leftName, rightName, measures.get("phrasing"), measures);
  }

  private static Object read(Parley parley, Path path, String name) {
    try {
      return parley.normalize(path);
    } catch (UnusableInputException e) {
      return name + ": " + e.reason();
    }
  }

  private static ObjectNode scoreObject(
      String left, String right, double similarity, Map<String, Double> measures) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("left", left);
    o.put("right", right);
    o.put("similarity", JsonReport.round(similarity));
    ObjectNode m = o.putObject("measures");
    measures.forEach((k, v) -> m.put(k, JsonReport.round(v)));
    return o;
  }
}

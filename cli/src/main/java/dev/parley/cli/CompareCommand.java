package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.report.HtmlReport;
import dev.parley.report.JsonReport;
import dev.parley.report.TextReport;
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
    Alignment alignment;
    try (StillWorking w = StillWorking.start(err, working(a, b))) {
      alignment = parley.compare(a, b, m);
    }
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    if (f == OutputFormat.JSON) {
      JsonReport.write(alignment, out);
    } else if (f == OutputFormat.HTML) {
      HtmlReport.write(alignment, out);
    } else {
      TextReport.write(alignment, report.terminal().style(), out);
    }
    out.flush();
    report.deliver(spec, buffer.toString());
    return 0;
  }

  /** What a comparison of {@code a} and {@code b} is doing, for {@link StillWorking}. */
  static String working(Statement a, Statement b) {
    return "comparing "
        + a.source()
        + " ("
        + a.paragraphs().size()
        + " paragraphs) and "
        + b.source()
        + " ("
        + b.paragraphs().size()
        + ")";
  }
}

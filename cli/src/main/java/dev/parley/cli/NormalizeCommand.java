package dev.parley.cli;

import dev.parley.report.JsonReport;
import dev.parley.report.TextReport;
import dev.parley.text.Statement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley normalize [--format text|json] FILE}. */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description =
        "Normalise a statement: metadata, paragraphs with their kind, sentences, and "
            + "what was removed, with offsets into the original text.")
final class NormalizeCommand implements Callable<Integer> {

  @Mixin ParleyOptions options;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "FILE", description = "The statement to normalise.")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat f = OutputFormat.parse(format, OutputFormat.TEXT, OutputFormat.JSON);
    Statement statement = StandardInput.read(options.parley(), file);
    Json.warn(spec.commandLine().getErr(), statement);
    PrintWriter out = spec.commandLine().getOut();
    if (f == OutputFormat.JSON) {
      JsonReport.write(statement, out);
    } else {
      TextReport.write(statement, Terminal.current().style(), out);
    }
    out.flush();
    return 0;
  }
}

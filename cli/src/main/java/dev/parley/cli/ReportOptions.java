package dev.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of the commands that print a report: its format and where it goes. */
final class ReportOptions {

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  /**
   * The format asked for.
   *
   * @throws ParleyCommand.UsageException if it is not text, json or html
   */
  OutputFormat format() {
    return OutputFormat.parse(format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML);
  }

  /** The terminal a text report is shaped for: a file's when it goes to one. */
  Terminal terminal() {
    return output == null ? Terminal.current() : Terminal.FILE;
  }

  /** Prints the report, or writes it to the output file whole. */
  void deliver(CommandSpec spec, String report) {
    Output.deliver(spec, output, report);
  }
}

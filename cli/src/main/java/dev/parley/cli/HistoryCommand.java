package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.history.History;
import dev.parley.report.HistoryReport;
import dev.parley.report.JsonReport;
import dev.parley.report.TextReport;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    History history;
    try (StillWorking w = StillWorking.start(err, "following " + statements.size() + " versions")) {
      history = parley.history(statements);
    }
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    if (f == OutputFormat.JSON) {
      JsonReport.write(history, out);
    } else if (f == OutputFormat.HTML) {
      HistoryReport.write(history, out);
    } else {
      TextReport.write(history, report.terminal().style(), out);
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
}

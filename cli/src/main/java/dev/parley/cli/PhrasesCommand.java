package dev.parley.cli;

import dev.parley.similarity.CommonPhrases;
import dev.parley.text.StatementFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley phrases DIR --output FILE}: finds the phrases many statements of a folder say (the
 * names of treaties and conferences, the year's theme, the formulas of the genre), the file that
 * {@code CommonPhrases.read} loads. The library's own are found this way in the UN General Debate
 * corpus.
 */
@Command(
    name = "phrases",
    mixinStandardHelpOptions = true,
    description =
        "Find the phrases (runs of four words) that many statements of a folder say (*.txt,"
            + " searched recursively).")
final class PhrasesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "The folder of statements.")
  Path folder;

  @Option(
      names = "--output",
      required = true,
      description = "The file to write; gzip-compressed when it ends in .gz.")
  Path output;

  @Option(
      names = "--min-documents",
      defaultValue = "" + CommonPhrases.DEFAULT_MIN_DOCUMENTS,
      description =
          "Keep phrases found in at least this many statements (default: ${DEFAULT-VALUE}).")
  int minDocuments;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (minDocuments < 2) {
      throw new ParleyCommand.UsageException("--min-documents must be at least 2");
    }
    List<Path> files = StatementFiles.of(folder);
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    CommonPhrases phrases = CommonPhrases.count(files, Output.skipped(err), minDocuments);
    Output.writeCompressible(output, phrases::writeTo);
    err.printf(
        java.util.Locale.ROOT,
        "parley: found %d phrases said in %d or more of %d statements in %.1f s; wrote %s%n",
        phrases.size(),
        minDocuments,
        phrases.documentCount(),
        (System.nanoTime() - started) / 1e9,
        output);
    return 0;
  }
}

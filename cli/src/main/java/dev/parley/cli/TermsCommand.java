package dev.parley.cli;

import dev.parley.text.StatementFiles;
import dev.parley.text.TermStatistics;
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
 * {@code parley terms DIR --output FILE}: counts the words of every statement in a folder into term
 * statistics, the file that {@code TermStatistics.read} loads. The library's own statistics are
 * built this way from the UN General Debate corpus.
 */
@Command(
    name = "terms",
    mixinStandardHelpOptions = true,
    description =
        "Build term statistics (document and collection frequencies) from a folder of "
            + "statements (*.txt, searched recursively).")
final class TermsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "The folder of statements.")
  Path folder;

  @Option(
      names = "--output",
      required = true,
      description = "The file to write; gzip-compressed when it ends in .gz.")
  Path output;

  @Option(
      names = "--min-documents",
      defaultValue = "2",
      description = "Leave out words found in fewer documents (default: ${DEFAULT-VALUE}).")
  int minDocuments;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Path> files = StatementFiles.of(folder);
    PrintWriter err = spec.commandLine().getErr();
    TermStatistics statistics = TermStatistics.count(files, Output.skipped(err));
    int counted = statistics.documentCount();
    Output.writeCompressible(output, out -> statistics.writeTo(out, minDocuments));
    err.println(
        "parley: counted "
            + counted
            + " statements, "
            + statistics.size()
            + " words; wrote "
            + output);
    return 0;
  }
}

package dev.parley.cli;

import dev.parley.corpus.CorpusIndex;
import dev.parley.text.Normalizer;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.UnusableInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
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
    List<Path> files = CorpusIndex.statementFiles(folder);
    // Counting with empty statistics keeps the result independent of the statistics shipped.
    Normalizer normalizer = Normalizer.builder().termStatistics(TermStatistics.empty()).build();
    PrintWriter err = spec.commandLine().getErr();
    List<List<String>> documents =
        files.parallelStream()
            .map(
                p -> {
                  try {
                    Statement s = normalizer.read(p);
                    return s.paragraphs().stream()
                        .flatMap(par -> par.tokens().stream())
                        .map(t -> t.match())
                        .collect(Collectors.toList());
                  } catch (UnusableInputException e) {
                    synchronized (err) {
                      err.println("parley: skipped " + e.getMessage());
                    }
                    return List.<String>of();
                  }
                })
            .toList();
    TermStatistics.Builder builder = TermStatistics.builder();
    int counted = 0;
    for (List<String> words : new ArrayList<>(documents)) {
      if (!words.isEmpty()) {
        builder.addDocument(words);
        counted++;
      }
    }
    TermStatistics statistics = builder.build();
    Output.write(
        output,
        out -> {
          OutputStream target = output.toString().endsWith(".gz") ? new GZIPOutputStream(out) : out;
          try {
            statistics.writeTo(target, minDocuments);
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
          target.close();
        });
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

package dev.parley.cli;

import dev.parley.similarity.WordVectors;
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
 * {@code parley vectors DIR --output FILE}: trains word vectors on every statement in a folder, the
 * file that {@code WordVectors.read} loads. The library's own vectors are trained this way on the
 * UN General Debate corpus.
 */
@Command(
    name = "vectors",
    mixinStandardHelpOptions = true,
    description =
        "Train word vectors (PPMI and a truncated SVD) on a folder of statements (*.txt, searched"
            + " recursively).")
final class VectorsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "The folder of statements.")
  Path folder;

  @Option(
      names = "--output",
      required = true,
      description = "The file to write; gzip-compressed when it ends in .gz.")
  Path output;

  @Option(
      names = "--words",
      defaultValue = "20000",
      description = "How many of the commonest words get a vector (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(
      names = "--dimensions",
      defaultValue = "100",
      description = "Dimensions of each vector (default: ${DEFAULT-VALUE}).")
  int dimensions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (words < 2 || words > 1_000_000 || dimensions < 1 || dimensions > 1024) {
      throw new ParleyCommand.UsageException(
          "--words must be 2 to 1000000 and --dimensions 1 to 1024");
    }
    List<Path> files = StatementFiles.of(folder);
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    WordVectors vectors;
    try {
      vectors = WordVectors.train(files, Output.skipped(err), words, dimensions);
    } catch (IllegalArgumentException e) {
      throw new dev.parley.text.UnusableInputException(folder.toString(), e.getMessage());
    }
    Output.writeCompressible(output, vectors::writeTo);
    err.printf(
        java.util.Locale.ROOT,
        "parley: trained %d word vectors of %d dimensions on %d files in %.1f s; wrote %s%n",
        vectors.size(),
        vectors.dimensions(),
        files.size(),
        (System.nanoTime() - started) / 1e9,
        output);
    return 0;
  }
}

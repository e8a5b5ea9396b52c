package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.corpus.CorpusDocument;
import dev.parley.corpus.CorpusIndex;
import dev.parley.corpus.Neighbour;
import dev.parley.corpus.ReusedPassage;
import dev.parley.report.JsonReport;
import dev.parley.text.Normalizer;
import dev.parley.text.Statement;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley corpus}: index a folder of statements, then ask it for each statement's nearest
 * statements or for the passages statements of different delegations or years share.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Index a folder of statements; find nearest statements and reused passages.",
    subcommands = {
      CorpusCommand.Index.class,
      CorpusCommand.Add.class,
      CorpusCommand.Similar.class,
      CorpusCommand.Reuse.class
    })
final class CorpusCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParleyCommand.UsageException("corpus needs a command: index, add, similar or reuse");
  }

  /** What the commands that read an index share: the index and the output format. */
  static final class IndexArguments {
    @Parameters(paramLabel = "INDEX", description = "An index written by 'parley corpus index'.")
    Path indexFile;

    @Option(
        names = "--format",
        defaultValue = "jsonl",
        description = "jsonl (one JSON object per line) or csv (default: ${DEFAULT-VALUE}).")
    String format;
  }

  /** Output formats of the corpus commands. */
  enum Format {
    JSONL,
    CSV;

    static Format parse(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "jsonl", "json" -> JSONL;
        case "csv" -> CSV;
        default ->
            throw new ParleyCommand.UsageException(
                "unknown format '" + value + "' (use jsonl or csv)");
      };
    }
  }

  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      description =
          "Index every statement (*.txt, searched recursively) of a folder into one file.")
  static final class Index implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder of statements.")
    Path folder;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "INDEX",
        description = "The index file to write.")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      long started = System.nanoTime();
      CorpusIndex index;
      try (ProgressBar bar = ProgressBar.open(err, "reading")) {
        index = CorpusIndex.build(folder, bar);
      } catch (UncheckedIOException e) {
        throw temporaryFiles(
            e,
            java.nio.file.Files.exists(output)
                ? "; " + output + " is as it was"
                : "; nothing was written to " + output);
      }
      for (String s : index.skipped()) {
        err.println("parley: skipped " + s);
      }
      boolean existed = java.nio.file.Files.exists(output);
      try {
        index.write(output);
      } catch (UncheckedIOException e) {
        throw new Output.CannotWrite(
            output,
            e.getCause(),
            existed ? "; the index there is as it was" : "; nothing was left there");
      }
      err.printf(
          Locale.ROOT,
          "parley: indexed %d statements (%d words, %d distinct) in %.1f s; wrote %s%n",
          index.documents().size(),
          index.documents().stream().mapToLong(CorpusDocument::words).sum(),
          index.vocabularySize(),
          (System.nanoTime() - started) / 1e9,
          output);
      return 0;
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add statements to an existing index, without reading the indexed ones again; the index"
              + " is replaced whole, or left as it was if anything fails.")
  static final class Add implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INDEX", description = "The index to add to.")
    Path indexFile;

    @Parameters(
        index = "1..*",
        arity = "1..*",
        paramLabel = "FILE",
        description =
            "Statements to add (named in the index by their path relative to the folder that was"
                + " indexed, as the others are). Files that cannot be added are listed and make the"
                + " exit status 1; the others are added.")
    List<Path> files;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      CorpusIndex before = CorpusIndex.read(indexFile);
      CorpusIndex after;
      try (ProgressBar bar = ProgressBar.open(err, "reading")) {
        after = before.add(files, Normalizer.defaults(), bar);
      } catch (UncheckedIOException e) {
        throw temporaryFiles(
            e,
            "; "
                + indexFile
                + " is as it was, with its "
                + before.documents().size()
                + " statements; none added");
      }
      List<String> skipped =
          after.skipped().subList(before.skipped().size(), after.skipped().size());
      for (String s : skipped) {
        err.println("parley: skipped " + s);
      }
      int added = after.documents().size() - before.documents().size();
      if (added > 0) {
        try {
          after.write(indexFile);
        } catch (UncheckedIOException e) {
          throw new Output.CannotWrite(
              indexFile,
              e.getCause(),
              "; the index is as it was, with its "
                  + before.documents().size()
                  + " statements; none added");
        }
      }
      err.printf(
          Locale.ROOT,
          "parley: added %d statements; %s holds %d%n",
          added,
          indexFile,
          after.documents().size());
      // What could be added is in; a file that could not be is an error all the same.
      return skipped.isEmpty() ? 0 : ParleyCommand.EXIT_INPUT;
    }
  }

  @Command(
      name = "similar",
      mixinStandardHelpOptions = true,
      description = {
        "The nearest statements (tf-idf cosine) of every indexed statement, or of one given"
            + " statement (--to), one line each."
      })
  static final class Similar implements Callable<Integer> {
    @Mixin IndexArguments arguments;

    @Option(
        names = "--top",
        defaultValue = "10",
        paramLabel = "K",
        description = "Neighbours per statement (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
        names = "--to",
        paramLabel = "FILE",
        description =
            "Only the neighbours of this statement (need not be in the index; if it is, it is"
                + " left out of its own neighbours).")
    Path to;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Format f = Format.parse(arguments.format);
      if (top <= 0) {
        throw new ParleyCommand.UsageException("--top must be positive: " + top);
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Statement given = to == null ? null : Parley.defaults().normalize(to);
      CorpusIndex index = CorpusIndex.read(arguments.indexFile);
      if (f == Format.CSV) {
        out.println("file,rank,neighbour,similarity,shared");
      }
      if (given != null) {
        Json.warn(err, given);
        // A statement of the index is not its own neighbour.
        int itself = index.idOf(to);
        write(
            out,
            f,
            to.toString(),
            null,
            index,
            itself < 0 ? index.nearest(given, top) : index.nearest(given, top, itself));
      } else {
        List<List<Neighbour>> all;
        try (ProgressBar bar = ProgressBar.open(err, "searching")) {
          all = index.nearestAll(top, bar);
        }
        for (CorpusDocument d : index.documents()) {
          write(out, f, d.path(), d, index, all.get(d.id()));
        }
      }
      out.flush();
      return 0;
    }

    private static void write(
        PrintWriter out,
        Format f,
        String file,
        CorpusDocument document,
        CorpusIndex index,
        List<Neighbour> nearest) {
      if (f == Format.CSV) {
        int rank = 1;
        for (Neighbour n : nearest) {
          out.println(
              Csv.row(
                  file,
                  Integer.toString(rank++),
                  index.documents().get(n.document()).path(),
                  String.format(Locale.ROOT, "%.4f", n.similarity()),
                  String.join(" ", n.shared())));
        }
        return;
      }
      JsonReport.writeNearest(index, file, document, nearest, out);
    }
  }

  @Command(
      name = "reuse",
      mixinStandardHelpOptions = true,
      description = {
        "Passages of at least N words that statements of different delegations or years share,"
            + " with both locations, one line each."
      })
  static final class Reuse implements Callable<Integer> {
    @Mixin IndexArguments arguments;

    @Option(
        names = "--min-words",
        defaultValue = "25",
        paramLabel = "N",
        description =
            "The shortest passage to report, in words (at least "
                + CorpusIndex.MIN_PASSAGE_WORDS
                + "; default: ${DEFAULT-VALUE}).")
    int minWords;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Format f = Format.parse(arguments.format);
      if (minWords < CorpusIndex.MIN_PASSAGE_WORDS) {
        throw new ParleyCommand.UsageException(
            "--min-words must be at least " + CorpusIndex.MIN_PASSAGE_WORDS + ": " + minWords);
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      CorpusIndex index = CorpusIndex.read(arguments.indexFile);
      if (f == Format.CSV) {
        out.println(
            "words,left_file,left_delegation,left_year,left_paragraph,left_first_word,left_end_word,"
                + "right_file,right_delegation,right_year,right_paragraph,right_first_word,"
                + "right_end_word,left_text,right_text");
      }
      int[] count = new int[1];
      try (ProgressBar bar = ProgressBar.open(err, "comparing")) {
        index.reuse(
            minWords,
            bar,
            p -> {
              count[0]++;
              print(out, f, index, p);
            });
      }
      out.flush();
      err.println("parley: " + count[0] + " reused passages");
      return 0;
    }

    private static void print(PrintWriter out, Format f, CorpusIndex index, ReusedPassage p) {
      CorpusDocument l = index.documents().get(p.left().document());
      CorpusDocument r = index.documents().get(p.right().document());
      if (f == Format.CSV) {
        out.println(
            Csv.row(
                Integer.toString(p.words()),
                l.path(),
                l.delegation(),
                l.year() == 0 ? "" : Integer.toString(l.year()),
                Integer.toString(p.left().firstParagraph()),
                Integer.toString(p.left().firstWord()),
                Integer.toString(p.left().endWord()),
                r.path(),
                r.delegation(),
                r.year() == 0 ? "" : Integer.toString(r.year()),
                Integer.toString(p.right().firstParagraph()),
                Integer.toString(p.right().firstWord()),
                Integer.toString(p.right().endWord()),
                p.left().text(),
                p.right().text()));
      } else {
        JsonReport.writePassage(index, p, out);
      }
    }
  }

  /** CSV as RFC 4180 has it: fields with commas, quotes or line breaks quoted. */
  static final class Csv {
    private Csv() {}

    static String row(String... fields) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          b.append(',');
        }
        String f = fields[i];
        if (f.indexOf(',') >= 0
            || f.indexOf('"') >= 0
            || f.indexOf('\n') >= 0
            || f.indexOf('\r') >= 0) {
          b.append('"').append(f.replace("\"", "\"\"")).append('"');
        } else {
          b.append(f);
        }
      }
      return b.toString();
    }
  }

  /** The temporary files an index is built in could not be written (a full disk, say). */
  static Output.CannotWrite temporaryFiles(UncheckedIOException e, String after) {
    return new Output.CannotWrite(
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")),
        e.getCause(),
        " (the new index's temporary files)" + after);
  }
}

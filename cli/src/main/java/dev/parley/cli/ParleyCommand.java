package dev.parley.cli;

import dev.parley.text.UnusableInputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code parley} command line: a thin shell over the library's public API. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyCommand.Version.class,
    description = "Compares the texts of diplomatic statements.",
    subcommands = {
      NormalizeCommand.class,
      CompareCommand.class,
      ScoreCommand.class,
      TermsCommand.class,
      VectorsCommand.class,
      PhrasesCommand.class,
      CorpusCommand.class,
      HistoryCommand.class,
      ServeCommand.class
    })
public final class ParleyCommand implements Runnable {

  /** Exit status when an input could not be used. */
  static final int EXIT_INPUT = 1;

  /** Exit status for wrong usage. */
  static final int EXIT_USAGE = 2;

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print a stack trace on errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit status. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ParleyCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean debug =
              parseResult.hasMatchedOption("--debug")
                  || parseResult.subcommands().stream()
                      .anyMatch(p -> p.hasMatchedOption("--debug"));
          if (debug) {
            e.printStackTrace(err);
          }
          if (e instanceof UnusableInputException) {
            err.println("parley: " + oneLine(e.getMessage()));
            return EXIT_INPUT;
          }
          if (e instanceof Meaning.ModelUnusableException) {
            err.println("parley: " + oneLine(e.getMessage()));
            return EXIT_INPUT;
          }
          if (e instanceof Output.CannotWrite) {
            err.println("parley: " + oneLine(e.getMessage()));
            return EXIT_INPUT;
          }
          if (e instanceof UsageException) {
            err.println("parley: " + oneLine(e.getMessage()));
            return EXIT_USAGE;
          }
          err.println(
              "parley: internal error: "
                  + oneLine(String.valueOf(e))
                  + (debug ? "" : " (run with --debug for details)"));
          return EXIT_INPUT;
        });
    cli.setParameterExceptionHandler(
        (e, strings) -> {
          err.println("parley: " + oneLine(e.getMessage()));
          err.println("Try 'parley --help' for usage.");
          return EXIT_USAGE;
        });
    int status;
    try {
      status = cli.execute(args);
    } catch (OutOfMemoryError e) {
      out.flush();
      err.println(
          "parley: "
              + String.join(", ", files(args))
              + (files(args).isEmpty() ? "" : ": ")
              + "out of memory ("
              + Runtime.getRuntime().maxMemory() / (1 << 20)
              + " MB of heap); give Java more with JAVA_OPTS=-Xmx…, or use smaller inputs");
      status = EXIT_INPUT;
    }
    out.flush();
    err.flush();
    return status;
  }

  /** The arguments that name files, for the message of a failure that does not know which. */
  private static List<String> files(String[] args) {
    List<String> files = new ArrayList<>();
    for (String a : args) {
      try {
        if (!a.startsWith("-") && Files.isRegularFile(Path.of(a)) && !files.contains(a)) {
          files.add(a);
        }
      } catch (InvalidPathException e) {
        // not a path
      }
    }
    return files;
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** Wrong usage found after parsing, such as an unknown format value. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Reads the version the build wrote beside the classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parley " + version()};
    }

    static String version() {
      java.util.Properties p = new java.util.Properties();
      try (var in = ParleyCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (java.io.IOException e) {
        // An unreadable resource: the version is unknown, as below.
      }
      String v = p.getProperty("version", "");
      return v.isEmpty() || v.startsWith("${") ? "(version unknown)" : v;
    }
  }
}

package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.server.ParleyServer;
import dev.parley.server.ServerConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley serve [--port 8080] [--host 127.0.0.1] [--root DIR] [--index FILE] [--data DIR]}:
 * the local web app and JSON API.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web app and JSON API on this machine: compare texts pasted or uploaded, follow"
          + " versions, search a corpus; open the address it prints. Ctrl-C stops it."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin ParleyOptions options;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "The port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for"
              + " every address, which lets others on the network use it).")
  String host;

  @Option(
      names = "--allow-host",
      paramLabel = "NAME",
      description = "Another name the server may be reached by (repeatable).")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "A folder whose *.txt files the pages offer to pick.")
  Path root;

  @Option(
      names = "--index",
      paramLabel = "INDEX",
      description = "A corpus index (parley corpus index) to search.")
  Path index;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Where results are kept so that their addresses can be shared (default: .parley/server"
              + " under your home folder).")
  Path data;

  @Option(
      names = "--concurrent",
      paramLabel = "N",
      description = "Comparisons run at once; more wait, then are asked to retry (default: cores).")
  Integer concurrent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (root != null && !Files.isDirectory(root)) {
      throw new dev.parley.text.UnusableInputException(root.toString(), "no such folder");
    }
    if (index != null && !Files.isRegularFile(index)) {
      throw new dev.parley.text.UnusableInputException(index.toString(), "no such file");
    }
    if (port < 0 || port > 65_535) {
      throw new ParleyCommand.UsageException("--port must be 0 to 65535: " + port);
    }
    if (concurrent != null && concurrent < 1) {
      throw new ParleyCommand.UsageException("--concurrent must be positive: " + concurrent);
    }
    long maxInput =
        options.maxInputMegabytes != null
            ? options.maxInputBytes()
            : ServerConfig.DEFAULT_MAX_INPUT_BYTES;
    Path folder =
        data != null ? data : Path.of(System.getProperty("user.home"), ".parley", "server");
    // The corpus statistics the user gave, read now, so that a bad file fails at the start.
    options.corpus(Parley.builder());
    ServerConfig defaults = ServerConfig.defaults(port, folder, options.encoder().orElse(null));
    ServerConfig config =
        defaults
            .withHost(host, allowedHosts)
            .withRoot(root)
            .withIndex(index)
            .withConfigure(options::corpus)
            .withLimits(
                maxInput,
                defaults.maxVersions(),
                concurrent != null ? concurrent : defaults.concurrent(),
                defaults.queueMillis(),
                defaults.maxResults());
    ParleyServer server;
    try {
      server = ParleyServer.start(config);
    } catch (UncheckedIOException | IllegalStateException e) {
      err.println("parley: " + ParleyCommand.oneLine(e.getMessage()));
      return ParleyCommand.EXIT_INPUT;
    }
    err.println(
        "parley: serving on " + server.uri() + " (results kept in " + folder + "; Ctrl-C stops)");
    err.flush();
    Thread stop = new Thread(server::close, "parley-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      server.join();
    } catch (InterruptedException e) {
      // Stopped by whoever runs the command in process (a test, an embedding program).
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // The JVM is already stopping: the hook runs, and closing twice is harmless.
      }
    }
    return 0;
  }
}

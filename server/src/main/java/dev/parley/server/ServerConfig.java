package dev.parley.server;

import static java.util.Objects.requireNonNull;

import dev.parley.Parley;
import dev.parley.similarity.SentenceEncoder;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * How {@code parley serve} runs.
 *
 * @param host the address to listen on: {@code 127.0.0.1} (this machine only) unless told
 * @param port the port; 0 for any free one
 * @param root a folder whose {@code *.txt} files the pages offer to pick, or null
 * @param index a corpus index to search, or null
 * @param data the folder results are kept in, so that their addresses can be shared
 * @param maxInputBytes the largest statement taken, in bytes; requests are bounded by it
 * @param maxVersions the most versions one history takes (and files one request carries)
 * @param concurrent how many comparisons run at once; more wait, then get 503
 * @param queueMillis how long a request waits for a turn before it gets 503
 * @param maxResults how many results the data folder keeps (the least recently read go first)
 * @param allowedHosts host names the {@code Host} header may carry beside this machine's loopback
 *     names and the address listened on
 * @param encoder the sentence encoder that weighs meaning, or null for words alone
 * @param configure what to set on each {@link Parley.Builder} beside the request's settings (term
 *     statistics, common phrases)
 */
public record ServerConfig(
    String host,
    int port,
    @Nullable Path root,
    @Nullable Path index,
    Path data,
    long maxInputBytes,
    int maxVersions,
    int concurrent,
    long queueMillis,
    int maxResults,
    List<String> allowedHosts,
    @Nullable SentenceEncoder encoder,
    UnaryOperator<Parley.Builder> configure) {

  /** The default largest statement: 5 MB, far above any speech, far below what would stall. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 5_000_000;

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a required field is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public ServerConfig {
    requireNonNull(host, "host");
    requireNonNull(data, "data");
    requireNonNull(configure, "configure");
    allowedHosts = List.copyOf(allowedHosts);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    if (maxInputBytes <= 0 || maxVersions < 2 || concurrent < 1 || queueMillis < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (maxResults < 1) {
      throw new IllegalArgumentException("maxResults must be positive: " + maxResults);
    }
  }

  /**
   * The defaults: this machine only, on {@code port}, results under {@code data}, words and meaning
   * as {@code encoder} allows, comparisons as many at once as there are cores.
   */
  public static ServerConfig defaults(int port, Path data, @Nullable SentenceEncoder encoder) {
    return new ServerConfig(
        "127.0.0.1",
        port,
        null,
        null,
        data,
        DEFAULT_MAX_INPUT_BYTES,
        20,
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        10_000,
        500,
        List.of(),
        encoder,
        b -> b);
  }

  /** This configuration with the folder to pick files from. */
  public ServerConfig withRoot(@Nullable Path root) {
    return new ServerConfig(
        host,
        port,
        root,
        index,
        data,
        maxInputBytes,
        maxVersions,
        concurrent,
        queueMillis,
        maxResults,
        allowedHosts,
        encoder,
        configure);
  }

  /** This configuration with a corpus index to search. */
  public ServerConfig withIndex(@Nullable Path index) {
    return new ServerConfig(
        host,
        port,
        root,
        index,
        data,
        maxInputBytes,
        maxVersions,
        concurrent,
        queueMillis,
        maxResults,
        allowedHosts,
        encoder,
        configure);
  }

  /** This configuration listening on {@code host}, with more host names allowed. */
  public ServerConfig withHost(String host, List<String> allowedHosts) {
    return new ServerConfig(
        host,
        port,
        root,
        index,
        data,
        maxInputBytes,
        maxVersions,
        concurrent,
        queueMillis,
        maxResults,
        allowedHosts,
        encoder,
        configure);
  }

  /** This configuration with other bounds. */
  public ServerConfig withLimits(
      long maxInputBytes, int maxVersions, int concurrent, long queueMillis, int maxResults) {
    return new ServerConfig(
        host,
        port,
        root,
        index,
        data,
        maxInputBytes,
        maxVersions,
        concurrent,
        queueMillis,
        maxResults,
        allowedHosts,
        encoder,
        configure);
  }

  /** This configuration with {@code configure} applied to every engine's builder. */
  public ServerConfig withConfigure(UnaryOperator<Parley.Builder> configure) {
    return new ServerConfig(
        host,
        port,
        root,
        index,
        data,
        maxInputBytes,
        maxVersions,
        concurrent,
        queueMillis,
        maxResults,
        allowedHosts,
        encoder,
        configure);
  }

  /** The largest request body: every file a request may carry at its largest, and its fields. */
  long maxRequestBytes() {
    return maxInputBytes * maxVersions + 1_000_000;
  }
}

package dev.parley.benchmarks;

import com.github.difflib.DiffUtils;
import dev.parley.server.ParleyServer;
import dev.parley.server.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code parley serve} under sixteen clients at once: each thread posts a pair of consecutive
 * years' speeches of one delegation to {@code /api/compare} on loopback, as a program or the web
 * page does, and waits for the JSON. Sample time gives the latencies' percentiles (p50, p99); the
 * throughput is sixteen over the mean. The baseline, in the same run and under the same sixteen
 * threads, is what a user would write instead: a plain word diff of the two raw texts in process.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ServerBenchmark -rf json \
 *     -rff benchmarks/target/jmh-server.json
 * </pre>
 *
 * The server runs words only (no sentence encoder) with two comparisons at once on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 1, time = 60)
@Threads(16)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class ServerBenchmark {

  /** The folder of the speeches: the seeds, pairs of Kazakhstan's 2005 to 2012. */
  @Param("seeds")
  public String seeds;

  private ParleyServer server;
  private HttpClient client;
  private URI compare;
  private final List<byte[]> bodies = new ArrayList<>();
  private final List<String[]> texts = new ArrayList<>();

  static final String BOUNDARY = "parleybenchmarkboundary";

  /** Starts the server and reads the seven pairs. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    Path dir = Files.createTempDirectory("parley-server-benchmark");
    ServerConfig d = ServerConfig.defaults(0, dir, null);
    server =
        ParleyServer.start(
            d.withLimits(d.maxInputBytes(), d.maxVersions(), 2, 60_000, d.maxResults()));
    compare = server.uri().resolve("/api/compare");
    client = HttpClient.newHttpClient();
    for (int y = 2005; y < 2012; y++) {
      Path left = Path.of(seeds, "kazakhstan-general-debate-" + y + ".txt");
      Path right = Path.of(seeds, "kazakhstan-general-debate-" + (y + 1) + ".txt");
      bodies.add(multipart(left, right));
      texts.add(new String[] {Files.readString(left), Files.readString(right)});
    }
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  /** Which pair a thread sends next. */
  @State(Scope.Thread)
  public static class Turn {
    int next = (int) (Thread.currentThread().getId() % 7);

    int take() {
      int n = next;
      next = (next + 1) % 7;
      return n;
    }
  }

  private static byte[] multipart(Path left, Path right) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object[] part : new Object[][] {{"left", left}, {"right", right}}) {
      Path file = (Path) part[1];
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part[0]
                  + "\"; filename=\""
                  + file.getFileName()
                  + "\"\r\nContent-Type: text/plain\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(Files.readAllBytes(file));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A pair posted to the server, its JSON read whole. */
  @Benchmark
  public int apiCompare(Turn turn) throws IOException, InterruptedException {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(compare)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(turn.take())))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("status " + r.statusCode() + ": " + r.body());
    }
    return r.body().length();
  }

  /** The baseline: a plain word diff of the pair's raw texts, the split included. */
  @Benchmark
  public int plainWordDiff(Turn turn) {
    String[] t = texts.get(turn.take());
    return DiffUtils.diff(Arrays.asList(t[0].split("\\s+")), Arrays.asList(t[1].split("\\s+")))
        .getDeltas()
        .size();
  }
}

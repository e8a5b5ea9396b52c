package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.align.Alignment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen clients on loopback compare real pairs of consecutive years' speeches for a bounded time
 * ({@code parley.load.seconds}, 15 by default): every answer is 200 and exactly the JSON of its
 * pair (none lost, none mixed up), the server stays within its bound of comparisons at once, and
 * the heap after the run is back near where it started. Prints the latencies it saw. With {@code
 * parley.load.url} it loads a server already running instead (e.g. {@code parley serve}).
 */
@Tag("slow")
final class LoadTest {

  static final int CLIENTS = 16;

  @TempDir Path dir;

  @Test
  void sixteenClientsForABoundedTime() throws Exception {
    long seconds = Long.getLong("parley.load.seconds", 15);
    List<Path[]> pairs = new ArrayList<>();
    for (int y = 2005; y < 2012; y++) {
      pairs.add(
          new Path[] {
            ParleyServerTest.SEEDS.resolve("kazakhstan-general-debate-" + y + ".txt"),
            ParleyServerTest.SEEDS.resolve("kazakhstan-general-debate-" + (y + 1) + ".txt")
          });
    }
    // Against a server already running (parley.load.url, e.g. `parley serve` with meaning), each
    // answer must equal the first one for its pair; else the library's JSON.
    String url = System.getProperty("parley.load.url");
    List<String> expected = new ArrayList<>();
    for (Path[] p : pairs) {
      expected.add(
          url == null ? ParleyServerTest.libraryJson(p[0], p[1], Alignment.Mode.VERSIONS) : null);
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    ServerConfig config =
        ServerConfig.defaults(0, dir, null).withLimits(1_000_000, 4, 2, 30_000, 100);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong failures = new AtomicLong();
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ParleyServer server = ParleyServer.start(config)) {
      Http http = new Http(url == null ? server.uri() : java.net.URI.create(url));
      if (url != null) {
        for (int i = 0; i < pairs.size(); i++) {
          Path[] p = pairs.get(i);
          expected.set(
              i,
              http.post(
                      "/api/compare",
                      List.of(Http.Part.file("left", p[0]), Http.Part.file("right", p[1])))
                  .body());
        }
      }
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<Integer>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        done.add(
            clients.submit(
                () -> {
                  int n = 0;
                  while (System.nanoTime() < end) {
                    int which = (client + n) % pairs.size();
                    Path[] p = pairs.get(which);
                    long t = System.nanoTime();
                    HttpResponse<String> r =
                        http.post(
                            "/api/compare",
                            List.of(Http.Part.file("left", p[0]), Http.Part.file("right", p[1])));
                    latencies.add(System.nanoTime() - t);
                    if (r.statusCode() != 200 || !r.body().equals(expected.get(which))) {
                      failures.incrementAndGet();
                      problems.add(r.statusCode() + " " + r.body().lines().findFirst().orElse(""));
                    }
                    n++;
                  }
                  return n;
                }));
      }
      int requests = 0;
      for (Future<Integer> f : done) {
        requests += f.get(seconds + 120, TimeUnit.SECONDS);
      }
      clients.shutdown();
      assertThat(problems).isEmpty();
      assertThat(failures.get()).isZero();
      assertThat(latencies).hasSize(requests);
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(
          java.util.Locale.ROOT,
          "load: %d clients, %d s, %d comparisons, %.1f a second, p50 %.0f ms, p99 %.0f ms,"
              + " max %.0f ms%n",
          CLIENTS,
          seconds,
          requests,
          requests / (double) seconds,
          percentile(sorted, 0.50) / 1e6,
          percentile(sorted, 0.99) / 1e6,
          sorted[sorted.length - 1] / 1e6);
      assertThat(requests).isGreaterThan(CLIENTS);
    }
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();
    // What the run leaves on the heap is what the server kept (its last results), not what it saw.
    assertThat(heapAfter - heapBefore).isLessThan(256L << 20);
    System.out.printf(
        java.util.Locale.ROOT,
        "load: heap after the run %d MB (before %d MB)%n",
        heapAfter >> 20,
        heapBefore >> 20);
  }

  static double percentile(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}

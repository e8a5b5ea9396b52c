package dev.parley;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.align.Alignment;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One {@link Parley} instance used from eight threads gives exactly the sequential results. */
final class ParleyConcurrencyTest {

  private static final List<String> FIXTURES =
      List.of(
          "/align/kazakhstan-general-debate-2006.txt",
          "/align/kyrgyzstan-general-debate-2006.txt",
          "/text/mission-website.txt",
          "/text/numbered-record.txt",
          "/text/wrapped-by-width.txt",
          "/text/pdf-indented-with-footer.txt");

  private static byte[] bytes(String name) {
    try (InputStream in = ParleyConcurrencyTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything a comparison yields, as one comparable value. */
  private static String run(Parley parley, String a, String b) {
    Statement left = parley.normalize(a, bytes(a));
    Statement right = parley.normalize(b, bytes(b));
    Alignment versions = parley.compare(left, right);
    Alignment delegations = parley.compare(left, right, Alignment.Mode.DELEGATIONS);
    return left
        + "|"
        + right
        + "|"
        + versions.links()
        + "|"
        + versions.similarity()
        + "|"
        + delegations.links()
        + "|"
        + parley.score(left, right);
  }

  @Test
  void eightThreadsGiveTheSequentialResults() throws Exception {
    Parley parley = Parley.defaults();
    List<String[]> pairs = new ArrayList<>();
    for (String a : FIXTURES) {
      for (String b : FIXTURES) {
        pairs.add(new String[] {a, b});
      }
    }
    List<String> sequential = new ArrayList<>();
    for (String[] p : pairs) {
      sequential.add(run(parley, p[0], p[1]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (String[] p : pairs) {
          futures.add(pool.submit(() -> run(parley, p[0], p[1])));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get(2, TimeUnit.MINUTES))
            .isEqualTo(sequential.get(k % pairs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

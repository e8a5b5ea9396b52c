package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.similarity.SentenceEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server encodes a text once: a statement compared again is not encoded again, and the answers
 * are the same.
 */
final class RememberingEncoderTest {

  @TempDir Path dir;

  /** A toy encoder that counts the texts it is asked to encode. */
  static final class Counting implements SentenceEncoder {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public int dimensions() {
      return 3;
    }

    @Override
    public float[] encode(String text) {
      calls.incrementAndGet();
      float a = text.length() % 7;
      float b = text.indexOf('e') % 5;
      float c = 1;
      float n = (float) Math.sqrt(a * a + b * b + c * c);
      return new float[] {a / n, b / n, c / n};
    }
  }

  @Test
  void remembersTheLatestTextsAndGivesCopies() {
    Counting inner = new Counting();
    RememberingEncoder e = new RememberingEncoder(inner, 2);
    float[] first = e.encode("one");
    float[] again = e.encode("one");
    assertThat(again).isEqualTo(first).isNotSameAs(first);
    assertThat(inner.calls).hasValue(1);
    e.encode("two");
    e.encode("three"); // "one" is let go: the least recently used
    assertThat(e.size()).isEqualTo(2);
    e.encode("one");
    assertThat(inner.calls).hasValue(4);
    assertThat(e.name()).isEqualTo("counting");
    assertThat(e.dimensions()).isEqualTo(3);
  }

  @Test
  void aPairComparedAgainIsNotEncodedAgain() throws Exception {
    Counting inner = new Counting();
    try (ParleyServer server = ParleyServer.start(ServerConfig.defaults(0, dir, inner))) {
      Http http = new Http(server.uri());
      List<Http.Part> pair =
          List.of(
              Http.Part.file(
                  "left", ParleyServerTest.SEEDS.resolve("kazakhstan-general-debate-2006.txt")),
              Http.Part.file(
                  "right", ParleyServerTest.SEEDS.resolve("kazakhstan-general-debate-2007.txt")));
      HttpResponse<String> first = http.post("/api/compare", pair);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      assertThat(first.body()).contains("\"meaningModel\" : \"counting\"");
      int encoded = inner.calls.get();
      assertThat(encoded).isPositive();
      HttpResponse<String> second = http.post("/api/compare", pair);
      assertThat(second.body()).isEqualTo(first.body());
      assertThat(inner.calls.get()).isEqualTo(encoded);
    }
  }
}

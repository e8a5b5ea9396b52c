package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When every comparison turn is taken and the queue's wait is over, a request is told to come back
 * (503 with {@code Retry-After}), and pages that need no turn are still answered.
 */
final class BusyServerTest {

  @TempDir Path dir;

  @Test
  void aRequestFindingEveryTurnTakenGets503WithRetryAfter() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ServerConfig config =
        ServerConfig.defaults(0, dir, null)
            .withLimits(1_000_000, 4, 1, 300, 10)
            .withConfigure(
                b -> {
                  inside.countDown();
                  try {
                    release.await(30, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return b;
                });
    try (ParleyServer server = ParleyServer.start(config)) {
      Http http = new Http(server.uri());
      String body = "{\"left\": \"Mr. President, peace.\", \"right\": \"Mr. President, war.\"}";
      CompletableFuture<HttpResponse<String>> first =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return http.postJson("/api/score", body);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
      HttpResponse<String> second = http.postJson("/api/score", body);
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(second.body()).contains("\"error\"").contains("try again");
      assertThat(http.get("/").statusCode()).isEqualTo(200);
      release.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(http.postJson("/api/score", body).statusCode()).isEqualTo(200);
    }
  }
}

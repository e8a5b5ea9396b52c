package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley serve}: it says where it listens, answers the API with what {@code compare --format
 * json} prints for the same files, and refuses a wrong start with one line.
 */
final class ServeCommandTest {

  @TempDir Path dir;

  private Path copy(String name) throws IOException {
    Path file = dir.resolve(name);
    try (var in = getClass().getResourceAsStream("/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void theApiAnswersWhatCompareWithJsonPrints() throws Exception {
    Path left = copy("kazakhstan-general-debate-2006.txt");
    Path right = copy("kazakhstan-general-debate-2007.txt");
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err, true);
    AtomicInteger status = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                status.set(
                    ParleyCommand.run(
                        new String[] {
                          "serve",
                          "--port",
                          "0",
                          "--meaning",
                          "off",
                          "--data",
                          dir.resolve("data").toString(),
                          "--root",
                          dir.toString()
                        },
                        new PrintWriter(new StringWriter(), true),
                        errWriter)));
    serving.start();
    URI base = null;
    Pattern serving_on = Pattern.compile("parley: serving on (http://127\\.0\\.0\\.1:\\d+/) ");
    for (int i = 0; i < 200 && base == null; i++) {
      Matcher m = serving_on.matcher(err.toString());
      if (m.find()) {
        base = URI.create(m.group(1));
      } else {
        Thread.sleep(50);
      }
    }
    try {
      assertThat(base).as(err.toString()).isNotNull();
      HttpResponse<String> api =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/api/compare"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "left-path="
                                  + left.getFileName()
                                  + "&right-path="
                                  + right.getFileName()
                                  + "&meaning=off"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
      NormalizeCommandTest.Run cli =
          NormalizeCommandTest.run(
              "compare", "--meaning", "off", "--format", "json", left.toString(), right.toString());
      assertThat(cli.status()).isZero();
      // The same JSON, but that the server names a statement by its file name, not its path.
      assertThat(api.body())
          .isEqualTo(
              cli.out()
                  .replace(
                      "\"source\" : \"" + left + "\"",
                      "\"source\" : \"" + left.getFileName() + "\"")
                  .replace(
                      "\"source\" : \"" + right + "\"",
                      "\"source\" : \"" + right.getFileName() + "\""));
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
    assertThat(serving.isAlive()).isFalse();
    assertThat(status.get()).isZero();
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void aWrongStartIsOneLine() throws IOException {
    NormalizeCommandTest.Run noRoot =
        NormalizeCommandTest.run("serve", "--root", dir.resolve("missing").toString());
    assertThat(noRoot.status()).isEqualTo(1);
    assertThat(noRoot.err().strip())
        .isEqualTo("parley: " + dir.resolve("missing") + ": no such folder");
    NormalizeCommandTest.Run noIndex =
        NormalizeCommandTest.run("serve", "--index", dir.resolve("x.parley-index").toString());
    assertThat(noIndex.status()).isEqualTo(1);
    assertThat(noIndex.err().lines()).hasSize(1);
    assertThat(NormalizeCommandTest.run("serve", "--concurrent", "0").status()).isEqualTo(2);
    assertThat(NormalizeCommandTest.run("serve", "--max-input-mb", "0").status()).isEqualTo(2);
    assertThat(NormalizeCommandTest.run("serve", "--port", "70000").status()).isEqualTo(2);
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      NormalizeCommandTest.Run busy =
          NormalizeCommandTest.run(
              "serve",
              "--port",
              Integer.toString(taken.getLocalPort()),
              "--data",
              dir.resolve("d").toString());
      assertThat(busy.status()).isEqualTo(1);
      assertThat(busy.err().strip())
          .startsWith("parley: cannot listen on 127.0.0.1:" + taken.getLocalPort());
      assertThat(busy.err().lines()).hasSize(1);
    }
  }
}

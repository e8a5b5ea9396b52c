package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.corpus.CorpusIndex;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started with a corpus index: the corpus page searches nearest statements and reused
 * passages, filtered by delegation and year, and opens a pair in a comparison; the API answers the
 * JSON lines of {@code parley corpus similar} and {@code reuse}.
 */
final class CorpusServerTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static ParleyServer server;
  static Http http;
  static CorpusIndex index;

  @BeforeAll
  static void start() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("speeches"));
    try (Stream<Path> s = Files.list(ParleyServerTest.SEEDS)) {
      for (Path p :
          s.filter(
                  p ->
                      p.toString().endsWith("general-debate-2006.txt")
                          || p.getFileName().toString().startsWith("kazakhstan-general-debate-20"))
              .toList()) {
        Files.copy(p, folder.resolve(p.getFileName()));
      }
    }
    index = CorpusIndex.build(folder, CorpusIndex.Progress.NONE);
    Path file = dir.resolve("seeds.parley-index");
    index.write(file);
    server =
        ParleyServer.start(ServerConfig.defaults(0, dir.resolve("data"), null).withIndex(file));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<JsonNode> lines(String body) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Test
  void similarAnswersEachStatementsNeighboursWithoutItself() throws Exception {
    String file = "kazakhstan-general-debate-2006.txt";
    HttpResponse<String> r = http.get("/api/corpus/similar?top=3&file=" + file);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/x-ndjson");
    List<JsonNode> rows = lines(r.body());
    assertThat(rows).hasSize(1);
    JsonNode nearest = rows.get(0).get("nearest");
    assertThat(nearest.size()).isEqualTo(3);
    nearest.forEach(n -> assertThat(n.get("file").asText()).isNotEqualTo(file));

    List<JsonNode> kaz = lines(http.get("/api/corpus/similar?top=2&delegation=kaz").body());
    assertThat(kaz).isNotEmpty().allMatch(n -> n.get("file").asText().startsWith("kazakhstan"));
    List<JsonNode> year = lines(http.get("/api/corpus/similar?top=2&year=2006").body());
    assertThat(year).isNotEmpty().allMatch(n -> n.get("file").asText().contains("2006"));

    HttpResponse<String> posted =
        http.post(
            "/api/corpus/similar",
            List.of(
                Http.Part.file(
                    "file", ParleyServerTest.SEEDS.resolve("kazakhstan-general-debate-2012.txt")),
                Http.Part.field("top", "2")));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(lines(posted.body()).get(0).get("nearest").get(0).get("file").asText())
        .startsWith("kazakhstan");
    ParleyServerTest.assertJsonError(http.get("/api/corpus/similar?top=0"), 400, "top must be");
    ParleyServerTest.assertJsonError(
        http.get("/api/corpus/similar?file=nothing.txt"), 404, "not in the index");
  }

  @Test
  void reuseAnswersPassagesAndThePageShowsThem() throws Exception {
    HttpResponse<String> r = http.get("/api/corpus/reuse?min-words=12");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode p : lines(r.body())) {
      assertThat(p.toString()).contains("words");
    }
    HttpResponse<String> page = http.get("/corpus?view=reuse&min-words=12");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Corpus</h1>").contains("reused passages");
    HttpResponse<String> none = http.get("/corpus?view=reuse&min-words=5000");
    assertThat(none.body()).contains("No two statements share a passage of 5000 words or more");
    HttpResponse<String> nobody = http.get("/corpus?delegation=XYZ");
    assertThat(nobody.body()).contains("No statement of XYZ is in the index");
  }

  @Test
  void theCorpusPageOpensAPairInACompare() throws Exception {
    HttpResponse<String> page = http.get("/corpus?delegation=KAZ&year=2007&top=2");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("kazakhstan-general-debate-2007.txt")
        .contains("action=\"/corpus/compare\"");
    HttpResponse<String> open =
        http.post(
            "/corpus/compare",
            List.of(
                Http.Part.field("a", "kazakhstan-general-debate-2007.txt"),
                Http.Part.field("b", "kazakhstan-general-debate-2008.txt")));
    assertThat(open.statusCode()).as(open.body()).isEqualTo(303);
    String at = URI.create(open.headers().firstValue("Location").orElseThrow()).getPath();
    HttpResponse<String> json = http.get(at + ".json");
    assertThat(JSON.readTree(json.body()).get("mode").asText()).isEqualTo("versions");
    HttpResponse<String> other =
        http.post(
            "/corpus/compare",
            List.of(
                Http.Part.field("a", "kazakhstan-general-debate-2006.txt"),
                Http.Part.field("b", "kyrgyzstan-general-debate-2006.txt")));
    String there = URI.create(other.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(JSON.readTree(http.get(there + ".json").body()).get("mode").asText())
        .isEqualTo("delegations");
  }

  @Test
  void aServerWithoutAnIndexSaysHowToGiveOne() throws Exception {
    try (ParleyServer bare =
        ParleyServer.start(ServerConfig.defaults(0, dir.resolve("bare"), null))) {
      Http h = new Http(bare.uri());
      ParleyServerTest.assertJsonError(h.get("/api/corpus/reuse"), 404, "--index");
      assertThat(h.get("/corpus").statusCode()).isEqualTo(404);
    }
  }
}

package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.Parley;
import dev.parley.report.JsonReport;
import dev.parley.text.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as a program and a browser meet it, over real HTTP on loopback: the API answers what
 * the library's JSON contract writes, forms lead to kept results with their downloads, and hostile
 * requests get a clear status with a JSON body while the server goes on answering others.
 */
final class ParleyServerTest {

  static final Path SEEDS = Path.of("..", "seeds");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path root;
  static ParleyServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    root = Files.createDirectories(dir.resolve("root"));
    for (String s : seeds()) {
      Files.copy(SEEDS.resolve(s), root.resolve(s));
    }
    Files.writeString(dir.resolve("secret.txt"), "Mr. President, a secret outside the root.");
    Files.createSymbolicLink(root.resolve("escape.txt"), dir.resolve("secret.txt"));
    server =
        ParleyServer.start(
            ServerConfig.defaults(0, dir.resolve("data"), null)
                .withRoot(root)
                .withLimits(1_000_000, 6, 2, 10_000, 50));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<String> seeds() {
    List<String> out = new ArrayList<>();
    for (int y = 2005; y <= 2009; y++) {
      out.add("kazakhstan-general-debate-" + y + ".txt");
    }
    out.add("kyrgyzstan-general-debate-2006.txt");
    return out;
  }

  static Path seed(int year) {
    return root.resolve("kazakhstan-general-debate-" + year + ".txt");
  }

  /** What the library's JSON contract writes for the comparison of two files. */
  static String libraryJson(Path left, Path right, dev.parley.align.Alignment.Mode mode)
      throws IOException {
    Parley p = Parley.builder().maxInputBytes(1_000_000).build();
    Statement a = p.normalize(left.getFileName().toString(), Files.readAllBytes(left));
    Statement b = p.normalize(right.getFileName().toString(), Files.readAllBytes(right));
    StringBuilder out = new StringBuilder();
    JsonReport.write(p.compare(a, b, mode), out);
    return out.toString();
  }

  @Test
  void apiCompareOfUploadsAnswersTheJsonContract() throws Exception {
    HttpResponse<String> r =
        http.post(
            "/api/compare",
            List.of(Http.Part.file("left", seed(2005)), Http.Part.file("right", seed(2006))));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(r.body())
        .isEqualTo(libraryJson(seed(2005), seed(2006), dev.parley.align.Alignment.Mode.VERSIONS));
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'")
        .doesNotContain("unsafe-inline'; script")
        .contains("frame-ancestors 'none'");
  }

  @Test
  void apiCompareTakesJsonAndPickedFilesAndTheMode() throws Exception {
    String left = Files.readString(seed(2006));
    String right = Files.readString(root.resolve("kyrgyzstan-general-debate-2006.txt"));
    HttpResponse<String> r =
        http.postJson(
            "/api/compare",
            JSON.writeValueAsString(
                java.util.Map.of("left", left, "right", right, "mode", "delegations")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode node = JSON.readTree(r.body());
    assertThat(node.get("mode").asText()).isEqualTo("delegations");
    assertThat(node.get("left").get("source").asText()).isEqualTo("left");

    HttpResponse<String> picked =
        http.post(
            "/api/compare",
            List.of(
                Http.Part.field("left-path", "kazakhstan-general-debate-2006.txt"),
                Http.Part.field("right-path", "kyrgyzstan-general-debate-2006.txt"),
                Http.Part.field("mode", "delegations")));
    assertThat(picked.statusCode()).as(picked.body()).isEqualTo(200);
    assertThat(picked.body())
        .isEqualTo(
            libraryJson(
                seed(2006),
                root.resolve("kyrgyzstan-general-debate-2006.txt"),
                dev.parley.align.Alignment.Mode.DELEGATIONS));
  }

  @Test
  void apiNormalizeScoreAndHistory() throws Exception {
    HttpResponse<String> n =
        http.post("/api/normalize", List.of(Http.Part.file("file", seed(2007))));
    assertThat(n.statusCode()).as(n.body()).isEqualTo(200);
    assertThat(JSON.readTree(n.body()).get("paragraphs").size()).isGreaterThan(10);

    HttpResponse<String> s =
        http.post(
            "/api/score",
            List.of(Http.Part.file("left", seed(2007)), Http.Part.file("right", seed(2008))));
    assertThat(s.statusCode()).as(s.body()).isEqualTo(200);
    double similarity = JSON.readTree(s.body()).get("similarity").asDouble();
    assertThat(similarity).isBetween(0.05, 0.95);

    List<Http.Part> versions = new ArrayList<>();
    for (int y = 2005; y <= 2009; y++) {
      versions.add(Http.Part.file("versions", seed(y)));
    }
    versions.add(Http.Part.field("order", "4,3,2,1,0"));
    HttpResponse<String> h = http.post("/api/history", versions);
    assertThat(h.statusCode()).as(h.body()).isEqualTo(200);
    JsonNode history = JSON.readTree(h.body());
    assertThat(history.get("versions").size()).isEqualTo(5);
    assertThat(history.get("versions").get(0).toString()).contains("2009");
  }

  @Test
  void aFormComparisonIsKeptAtItsAddressWithItsDownloads() throws Exception {
    HttpResponse<String> r =
        http.post(
            "/compare",
            List.of(Http.Part.file("left", seed(2007)), Http.Part.file("right", seed(2008))),
            "Origin",
            server.uri().toString().replaceAll("/$", ""));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String at = URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(at).matches("/r/compare-[0-9a-f]{24}");

    HttpResponse<String> page = http.get(at);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("kazakhstan-general-debate-2007.txt")
        .contains("src=\"/static/app.js\"")
        .contains(at + ".json");
    HttpResponse<String> json = http.get(at + ".json");
    assertThat(json.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment");
    assertThat(json.body())
        .isEqualTo(libraryJson(seed(2007), seed(2008), dev.parley.align.Alignment.Mode.VERSIONS));
    assertThat(http.get(at + ".txt").body()).startsWith("left : kazakhstan-general-debate-2007");
    assertThat(http.get(at + ".html").body()).startsWith("<!DOCTYPE html>");
    assertThat(http.get(at + ".pdf").statusCode()).isEqualTo(404);

    // The same inputs and settings give the same address.
    HttpResponse<String> again =
        http.post(
            "/compare",
            List.of(Http.Part.file("left", seed(2007)), Http.Part.file("right", seed(2008))));
    assertThat(URI.create(again.headers().firstValue("Location").orElseThrow()).getPath())
        .isEqualTo(at);
    // A server started again on the same data folder still answers the address.
    try (ParleyServer second =
        ParleyServer.start(ServerConfig.defaults(0, dir.resolve("data"), null))) {
      HttpResponse<String> kept = new Http(second.uri()).get(at + ".json");
      assertThat(kept.statusCode()).isEqualTo(200);
      assertThat(kept.body()).isEqualTo(json.body());
    }
    assertThat(http.get("/r/compare-000000000000000000000000").statusCode()).isEqualTo(404);
  }

  @Test
  void aFormHistoryOfFiveVersionsPickedUnderTheRoot() throws Exception {
    List<Http.Part> parts = new ArrayList<>();
    for (int y = 2005; y <= 2009; y++) {
      parts.add(Http.Part.field("version-path", "kazakhstan-general-debate-" + y + ".txt"));
    }
    HttpResponse<String> r = http.post("/history", parts);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String at = URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
    HttpResponse<String> page = http.get(at);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("kazakhstan-general-debate-2009.txt");
  }

  @Test
  void theHomePageListsTheRootsFilesAndWorksWithoutScript() throws Exception {
    HttpResponse<String> home = http.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body())
        .contains("<form")
        .contains("action=\"/compare\"")
        .contains("enctype=\"multipart/form-data\"")
        .contains("kazakhstan-general-debate-2005.txt")
        .doesNotContain("escape.txt")
        .doesNotContain("<script>");
    assertThat(http.get("/static/app.js").statusCode()).isEqualTo(200);
    assertThat(http.get("/static/app.css").statusCode()).isEqualTo(200);
  }

  // ---- what a program or a page gets wrong, and what a hostile one tries

  static void assertJsonError(HttpResponse<String> r, int status, String detail) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode node = JSON.readTree(r.body());
    assertThat(node.get("error").asText()).isNotBlank();
    assertThat(node.get("detail").asText()).contains(detail).doesNotContain("\n\tat ");
  }

  @Test
  void wrongRequestsGetAStatusAndOneLine() throws Exception {
    assertJsonError(http.get("/api/compare"), 405, "answers POST");
    assertJsonError(
        http.post("/api/compare", List.of(Http.Part.file("left", seed(2005)))),
        400,
        "no right statement");
    assertJsonError(http.postJson("/api/compare", "{\"left\": "), 400, "not JSON");
    assertJsonError(http.postJson("/api/compare", "[1, 2]"), 400, "JSON object");
    assertJsonError(
        http.postJson("/api/compare", "{\"left\": \"a\", \"right\": \"b\", \"mode\": \"x\"}"),
        400,
        "mode must be versions or delegations");
    assertJsonError(
        http.postJson(
            "/api/compare", "{\"left\": \"a\", \"right\": \"b\", \"match-threshold\": 3}"),
        400,
        "between 0 and 1");
    assertJsonError(http.get("/api/nothing"), 404, "no such page");
    HttpResponse<String> plain =
        Http.CLIENT.send(
            java.net.http.HttpRequest.newBuilder(server.uri().resolve("/api/compare"))
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertJsonError(plain, 415, "multipart/form-data");
    Http.Raw put =
        http.raw(Http.request("PUT", "/api/compare", host(), "x".getBytes(StandardCharsets.UTF_8)));
    assertThat(put.status()).isEqualTo(405);
    assertThat(put.body()).contains("\"error\"");
  }

  @Test
  void binaryAndMisEncodedFiles() throws Exception {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[10] = 0;
    assertJsonError(
        http.post(
            "/api/compare",
            List.of(
                new Http.Part("left", "photo.jpg", binary), Http.Part.file("right", seed(2005)))),
        422,
        "photo.jpg");
    // Windows-1252 quotes in a file that is otherwise ASCII: read, with the text kept.
    byte[] cp1252 =
        "Mr. President, we welcome the \u201csix-party\u201d talks on Korea.\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    HttpResponse<String> r =
        http.post("/api/normalize", List.of(new Http.Part("file", "cp1252.txt", cp1252)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\u201csix-party\u201d");
    assertJsonError(
        http.post("/api/normalize", List.of(new Http.Part("file", "empty.txt", new byte[0]))),
        400,
        "no statement");
  }

  @Test
  void oversizedBodiesAndFilesAreRefused() throws Exception {
    byte[] big = new byte[1_200_000];
    java.util.Arrays.fill(big, (byte) 'a');
    for (int i = 80; i < big.length; i += 81) {
      big[i] = '\n';
    }
    // One file over the statement limit (1 MB here).
    assertJsonError(
        http.post(
            "/api/compare",
            List.of(new Http.Part("left", "big.txt", big), Http.Part.file("right", seed(2005)))),
        413,
        "");
    // A body announced over the request limit is refused before it is read.
    Http.Raw announced =
        http.raw(
            Http.request(
                "POST",
                "/api/compare",
                host(),
                new byte[0],
                "Content-Type",
                "application/json",
                "Content-Length",
                "900000000"));
    assertThat(announced.status()).isEqualTo(413);
    assertThat(announced.body()).contains("\"detail\"");
    // A JSON body over the limit, its length said: refused before it is read. The server answers
    // and closes the connection while the client may still be writing, which a client may see as
    // the connection cut rather than the answer; either way the server goes on answering.
    StringBuilder json = new StringBuilder("{\"left\": \"");
    while (json.length() < 8_000_000) {
      json.append("Mr. President, the sea rises. ");
    }
    json.append("\", \"right\": \"x\"}");
    String refused;
    try {
      refused = Integer.toString(http.postJson("/api/compare", json.toString()).statusCode());
    } catch (IOException cut) {
      refused = "cut";
    }
    assertThat(refused).isIn("413", "cut");
    // The same body sent in chunks, its length unsaid: cut off once over the limit. The server
    // may close the connection while the client still writes; either way it goes on answering.
    try (java.net.Socket chunked = new java.net.Socket("127.0.0.1", port())) {
      chunked.setSoTimeout(30_000);
      var out = chunked.getOutputStream();
      out.write(
          ("POST /api/compare HTTP/1.1\r\nHost: "
                  + host()
                  + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = json.substring(0, 1 << 16).getBytes(StandardCharsets.UTF_8);
      String answer = "";
      try {
        for (int sent = 0; sent < 9_000_000 && chunked.getInputStream().available() == 0; ) {
          out.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
          sent += chunk.length;
        }
        answer = Http.read(chunked.getInputStream()).status() + "";
      } catch (IOException cut) {
        answer = "cut";
      }
      assertThat(answer).isIn("413", "cut");
    }
    // Too many parts.
    List<Http.Part> parts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      parts.add(Http.Part.field("versions", "Mr. President, part " + i + "."));
    }
    assertJsonError(http.post("/api/history", parts), 413, "");
    // Seven versions where six are taken.
    List<Http.Part> seven = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      seven.add(Http.Part.field("versions", "Mr. President, version " + i + " of the text."));
    }
    assertJsonError(http.post("/api/history", seven), 413, "at most 6 versions");
    assertThat(http.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void aCompressedBodyIsRefusedUnread() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        gz.write(zeros); // 200 MB of zeros in about 200 kB
      }
    }
    Http.Raw r =
        http.raw(
            Http.request(
                "POST",
                "/api/compare",
                host(),
                zipped.toByteArray(),
                "Content-Type",
                "application/json",
                "Content-Encoding",
                "gzip"));
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.body()).contains("compressed request bodies");
  }

  @Test
  void filesOutsideTheRootAreNotRead() throws Exception {
    for (String path :
        List.of("../secret.txt", "escape.txt", "/etc/passwd", "..%2Fsecret.txt", "sub/../../x")) {
      HttpResponse<String> r =
          http.post("/api/normalize", List.of(Http.Part.field("file-path", path)));
      assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(400, 403, 404);
      assertThat(r.body()).doesNotContain("secret outside the root");
    }
    assertJsonError(
        http.post("/api/normalize", List.of(Http.Part.field("file-path", "../secret.txt"))),
        403,
        "not under the folder");
    assertJsonError(
        http.post("/api/normalize", List.of(Http.Part.field("file-path", "escape.txt"))),
        403,
        "not under the folder");
  }

  @Test
  void aForeignHostOrAnotherSitesPageIsRefused() throws Exception {
    Http.Raw foreign =
        http.raw(Http.request("GET", "/", "attacker.example:" + port(), new byte[0]));
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.body()).contains("not this server");
    Http.Raw noHost =
        http.raw(
            "GET / HTTP/1.0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(noHost.status()).isIn(400, 403);

    byte[] body = "{\"left\": \"a\", \"right\": \"b\"}".getBytes(StandardCharsets.UTF_8);
    Http.Raw crossSite =
        http.raw(
            Http.request(
                "POST",
                "/api/compare",
                host(),
                body,
                "Content-Type",
                "application/json",
                "Origin",
                "https://attacker.example"));
    assertThat(crossSite.status()).isEqualTo(403);
    Http.Raw fetchSite =
        http.raw(
            Http.request(
                "POST",
                "/compare",
                host(),
                body,
                "Content-Type",
                "application/json",
                "Sec-Fetch-Site",
                "cross-site"));
    assertThat(fetchSite.status()).isEqualTo(403);
    Http.Raw sameOrigin =
        http.raw(
            Http.request(
                "POST",
                "/api/score",
                host(),
                body,
                "Content-Type",
                "application/json",
                "Origin",
                "http://" + host(),
                "Sec-Fetch-Site",
                "same-origin"));
    assertThat(sameOrigin.status()).isEqualTo(200);
    // A browser that hides the origin of its own form says "null" with Sec-Fetch-Site.
    Http.Raw hidden =
        http.raw(
            Http.request(
                "POST",
                "/api/score",
                host(),
                body,
                "Content-Type",
                "application/json",
                "Origin",
                "null",
                "Sec-Fetch-Site",
                "same-origin"));
    assertThat(hidden.status()).isEqualTo(200);
    Http.Raw unknown =
        http.raw(
            Http.request(
                "POST",
                "/api/score",
                host(),
                body,
                "Content-Type",
                "application/json",
                "Origin",
                "null"));
    assertThat(unknown.status()).isEqualTo(403);
  }

  @Test
  void aSlowClientIsCutOffWhileOthersAreAnswered() throws Exception {
    long announced = 100_000; // allowed 10 s and 100,000 / 65,536 s more
    try (java.net.Socket slow = new java.net.Socket("127.0.0.1", port())) {
      slow.setSoTimeout(60_000);
      var out = slow.getOutputStream();
      out.write(
          ("POST /api/score HTTP/1.1\r\nHost: "
                  + host()
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + announced
                  + "\r\n\r\n{\"left\":")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // Meanwhile the server answers others at once.
      assertThat(http.get("/").statusCode()).isEqualTo(200);
      long started = System.nanoTime();
      // A byte every half second, until the server answers or closes.
      Thread trickle =
          new Thread(
              () -> {
                try {
                  while (true) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(500);
                  }
                } catch (IOException | InterruptedException e) {
                  // cut off, or the test is over
                }
              });
      trickle.setDaemon(true);
      trickle.start();
      Http.Raw answer = Http.read(slow.getInputStream());
      trickle.interrupt();
      double seconds = (System.nanoTime() - started) / 1e9;
      assertThat(seconds).isBetween(9.0, 14.0);
      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.body()).contains("did not arrive");
    }
    assertThat(http.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void thousandsOfTinyParagraphs() throws Exception {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    java.util.Random r = new java.util.Random(3);
    String[] words = {"peace", "Cyprus", "water", "treaty", "Aral", "nuclear", "debt", "Sea"};
    for (int i = 0; i < 5_000; i++) {
      String p = words[r.nextInt(8)] + " " + words[r.nextInt(8)] + ".\n\n";
      a.append(p);
      b.append(r.nextInt(5) == 0 ? words[r.nextInt(8)] + ".\n\n" : p);
    }
    HttpResponse<String> resp =
        http.postJson(
            "/api/compare",
            JSON.writeValueAsString(java.util.Map.of("left", a.toString(), "right", b.toString())));
    assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
    assertThat(JSON.readTree(resp.body()).get("links").size()).isPositive();
  }

  static int port() {
    return server.uri().getPort();
  }

  static String host() {
    return "127.0.0.1:" + port();
  }
}

package dev.parley.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A client for the tests: multipart forms, JSON bodies, and raw bytes on a socket. */
final class Http {

  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI base;

  Http(URI base) {
    this.base = base;
  }

  /** One field or file of a multipart form. */
  record Part(String name, String fileName, byte[] bytes) {
    static Part file(String name, Path file) throws IOException {
      return new Part(name, file.getFileName().toString(), Files.readAllBytes(file));
    }

    static Part field(String name, String value) {
      return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  static final String BOUNDARY = "parleytestboundary7MA4YWxkTrZu0gW";

  static byte[] multipart(List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      StringBuilder h = new StringBuilder();
      h.append("--").append(BOUNDARY).append("\r\n");
      h.append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
      if (p.fileName() != null) {
        h.append("; filename=\"").append(p.fileName()).append('"');
      }
      h.append("\r\n");
      if (p.fileName() != null) {
        h.append("Content-Type: text/plain\r\n");
      }
      h.append("\r\n");
      out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(p.bytes());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  HttpResponse<String> post(String path, List<Part> parts, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(parts)));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /**
   * Sends {@code request}, once more on a new connection where the pooled one it went out on was
   * one the server had closed (after refusing an oversized body, as it must): the request never
   * reached the server, and a browser sends it again too.
   */
  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException stale) {
      String why = String.valueOf(stale.getMessage());
      if (!why.contains("received no bytes") && !why.contains("closed")) {
        throw stale;
      }
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  HttpResponse<String> postJson(String path, String json) throws Exception {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120)).GET().build());
  }

  /** What the server answers raw bytes sent on a socket: the status line, headers and body. */
  record Raw(int status, Map<String, String> headers, String body) {}

  Raw raw(byte[] request) throws IOException {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException refusedWhileWriting) {
        // The server answered and closed before taking the whole body: read what it said.
      }
      return read(s.getInputStream());
    }
  }

  static Raw read(InputStream in) throws IOException {
    String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Raw(-1, Map.of(), all);
    }
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
    }
    byte[] body = all.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
    return new Raw(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  /** A request as bytes: the request line, {@code Host} and other headers, and a body. */
  static byte[] request(String method, String path, String host, byte[] body, String... headers) {
    List<String> lines = new ArrayList<>();
    lines.add(method + " " + path + " HTTP/1.1");
    lines.add("Host: " + host);
    lines.add("Connection: close");
    for (int i = 0; i < headers.length; i += 2) {
      lines.add(headers[i] + ": " + headers[i + 1]);
    }
    if (body.length > 0 && !String.join("\n", lines).toLowerCase(Locale.ROOT).contains("length")) {
      lines.add("Content-Length: " + body.length);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }
}

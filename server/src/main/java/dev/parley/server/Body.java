package dev.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;

/**
 * A request's fields, whatever form they came in: {@code multipart/form-data} (files and fields of
 * a form), {@code application/x-www-form-urlencoded}, or a JSON object (strings, arrays of strings,
 * or objects {@code {"name": …, "text": …}}). Each field holds values, a value its bytes and, for a
 * file, its name.
 */
final class Body {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One value of a field.
   *
   * @param fileName the file's name, for an uploaded file or a named text; else null
   * @param bytes the bytes
   */
  record Value(@Nullable String fileName, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    boolean isEmpty() {
      return bytes.length == 0;
    }
  }

  private final Map<String, List<Value>> fields;

  private Body(Map<String, List<Value>> fields) {
    this.fields = fields;
  }

  /** The values of {@code name}, in order; empty if none. */
  List<Value> all(String name) {
    return fields.getOrDefault(name, List.of());
  }

  /** The first value of {@code name} as text, or null. */
  @Nullable String text(String name) {
    List<Value> v = all(name);
    return v.isEmpty() ? null : v.get(0).text();
  }

  /** A body read from a query string only (a GET). */
  static Body ofQuery(Request request) {
    Map<String, List<Value>> out = new LinkedHashMap<>();
    Fields f = Request.extractQueryParameters(request);
    for (Fields.Field field : f) {
      for (String v : field.getValues()) {
        out.computeIfAbsent(field.getName(), k -> new ArrayList<>())
            .add(new Value(null, v.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return new Body(out);
  }

  /**
   * Reads the request's body.
   *
   * @throws HttpFailure 415 for another content type, 413 for too many parts or bytes, 400 for a
   *     body that does not read as its type says
   */
  static Body read(Request request, ServerConfig config, Path temporary) {
    long millis = readMillis(request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH), config);
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    try {
      if (lower.startsWith("multipart/form-data")) {
        return multipart(request, type, config, temporary, millis);
      }
      if (lower.startsWith("application/json")) {
        return json(request, config, millis);
      }
      if (lower.startsWith("application/x-www-form-urlencoded")) {
        return form(request, config, millis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw HttpFailure.badRequest("the request was cut short");
    }
    throw HttpFailure.unsupported(
        "send multipart/form-data (files), application/json or a form, not "
            + (type == null ? "no content type" : type));
  }

  /**
   * How long a body may take to arrive: ten seconds, and a second for every {@link
   * ParleyServer#MIN_REQUEST_RATE} bytes it announces (the largest body it may be, when it
   * announces none). A client that sends slower is cut off (408) and holds no thread longer.
   */
  static long readMillis(long contentLength, ServerConfig config) {
    long bytes = contentLength >= 0 ? contentLength : config.maxRequestBytes();
    return 10_000 + bytes * 1_000 / ParleyServer.MIN_REQUEST_RATE;
  }

  private static <T> T await(CompletableFuture<T> body, long millis)
      throws InterruptedException, ExecutionException {
    try {
      return body.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      body.cancel(true);
      throw HttpFailure.timeout(
          "the body did not arrive in " + (millis / 1000) + " s; send it at once");
    }
  }

  private static Body multipart(
      Request request, String type, ServerConfig config, Path temporary, long millis)
      throws InterruptedException {
    MultiPartConfig c =
        new MultiPartConfig.Builder()
            .location(temporary)
            .maxParts(config.maxVersions() * 3 + 16)
            .maxPartSize(config.maxInputBytes())
            .maxMemoryPartSize(config.maxInputBytes())
            .maxSize(config.maxRequestBytes())
            .build();
    Map<String, List<Value>> out = new LinkedHashMap<>();
    try (MultiPartFormData.Parts parts =
        await(MultiPartFormData.from(request, request, type, c), millis)) {
      for (MultiPart.Part part : parts) {
        if (part.getName() == null) {
          continue;
        }
        ByteBuffer b = Content.Source.asByteBuffer(part.createContentSource());
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        String file = part.getFileName();
        out.computeIfAbsent(part.getName(), k -> new ArrayList<>())
            .add(new Value(file == null || file.isBlank() ? null : baseName(file), bytes));
      }
    } catch (ExecutionException e) {
      throw refused(e.getCause());
    } catch (IOException e) {
      throw refused(e);
    }
    return new Body(out);
  }

  /** A multipart body Jetty refused: too many parts or bytes (413), else malformed (400). */
  private static HttpFailure refused(@Nullable Throwable cause) {
    String m = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    String lower = m.toLowerCase(Locale.ROOT);
    if (lower.contains("max") || lower.contains("too many") || lower.contains("exceed")) {
      return HttpFailure.tooLarge("the form is too large: " + m);
    }
    return HttpFailure.badRequest("the form does not read as multipart/form-data: " + m);
  }

  private static Body json(Request request, ServerConfig config, long millis)
      throws InterruptedException {
    byte[] bytes;
    try {
      bytes =
          await(
              Content.Source.asByteArrayAsync(
                  request, (int) Math.min(Integer.MAX_VALUE - 8, config.maxRequestBytes())),
              millis);
    } catch (ExecutionException e) {
      throw HttpFailure.tooLarge("the body is too large or was cut short");
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw HttpFailure.badRequest(
          "the body is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw HttpFailure.badRequest("the body cannot be read");
    }
    if (root == null || !root.isObject()) {
      throw HttpFailure.badRequest("the body must be a JSON object");
    }
    Map<String, List<Value>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      List<Value> values = new ArrayList<>();
      JsonNode v = e.getValue();
      if (v.isArray()) {
        v.forEach(x -> values.add(value(e.getKey(), x)));
      } else {
        values.add(value(e.getKey(), v));
      }
      out.put(e.getKey(), values);
    }
    return new Body(out);
  }

  private static Value value(String field, JsonNode v) {
    if (v.isObject()) {
      JsonNode text = v.get("text");
      JsonNode name = v.get("name");
      if (text == null || !text.isTextual()) {
        throw HttpFailure.badRequest(field + ": an object needs a \"text\" string");
      }
      return new Value(
          name != null && name.isTextual() ? name.asText() : null,
          text.asText().getBytes(StandardCharsets.UTF_8));
    }
    if (v.isValueNode() && !v.isNull()) {
      return new Value(null, v.asText().getBytes(StandardCharsets.UTF_8));
    }
    throw HttpFailure.badRequest(field + ": expected a string, a number or {\"name\", \"text\"}");
  }

  private static Body form(Request request, ServerConfig config, long millis)
      throws InterruptedException {
    Fields f;
    try {
      f =
          await(
              FormFields.from(
                  request,
                  StandardCharsets.UTF_8,
                  config.maxVersions() * 3 + 16,
                  (int) Math.min(Integer.MAX_VALUE - 8, config.maxRequestBytes())),
              millis);
    } catch (ExecutionException e) {
      throw refused(e.getCause());
    }
    Map<String, List<Value>> out = new LinkedHashMap<>();
    for (Fields.Field field : f) {
      for (String v : field.getValues()) {
        out.computeIfAbsent(field.getName(), k -> new ArrayList<>())
            .add(new Value(null, v.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return new Body(out);
  }

  /** A file name without the folders some browsers send with it. */
  private static String baseName(String file) {
    String f = file.replace('\\', '/');
    return f.substring(f.lastIndexOf('/') + 1);
  }
}

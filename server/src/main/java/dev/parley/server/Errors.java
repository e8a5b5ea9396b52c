package dev.parley.server;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers to requests Jetty itself refuses before the app sees them (a malformed request, a
 * body over the limit, a header too large): {@code {"error", "detail"}} for the API, a short page
 * for a person; never a stack trace.
 */
final class Errors extends ErrorHandler {

  Errors() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    if (status < 400) {
      status = 500;
    }
    String reason = HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT);
    Object cause = request.getAttribute(ERROR_MESSAGE);
    String detail =
        cause instanceof String s && !s.isBlank() ? s : "the request was refused (" + status + ")";
    boolean api = Request.getPathInContext(request).startsWith("/api/");
    String body =
        api
            ? json(reason, detail)
            : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + status
                + "</title></head><body><h1>"
                + status
                + " "
                + dev.parley.report.Html.escape(reason)
                + "</h1><p>"
                + dev.parley.report.Html.escape(detail)
                + "</p><p><a href=\"/\">Back to the start</a></p></body></html>\n";
    response.setStatus(status);
    response
        .getHeaders()
        .put(
            HttpHeader.CONTENT_TYPE,
            api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
    response.write(true, java.nio.ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  /** {@code {"error": …, "detail": …}} and a line break. */
  static String json(String error, String detail) {
    return "{\"error\": " + quote(error) + ", \"detail\": " + quote(detail) + "}\n";
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}

package dev.parley.server;

/**
 * A request that cannot be answered as asked: the status, a short error and a one-line detail that
 * the answer carries ({@code {"error": …, "detail": …}} for the API, a page for a person).
 */
final class HttpFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;
  final String error;
  final int retryAfterSeconds;

  HttpFailure(int status, String error, String detail) {
    this(status, error, detail, 0);
  }

  HttpFailure(int status, String error, String detail, int retryAfterSeconds) {
    super(detail, null, false, false);
    this.status = status;
    this.error = error;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static HttpFailure badRequest(String detail) {
    return new HttpFailure(400, "bad request", detail);
  }

  static HttpFailure notFound(String detail) {
    return new HttpFailure(404, "not found", detail);
  }

  static HttpFailure forbidden(String detail) {
    return new HttpFailure(403, "forbidden", detail);
  }

  static HttpFailure tooLarge(String detail) {
    return new HttpFailure(413, "too large", detail);
  }

  static HttpFailure unsupported(String detail) {
    return new HttpFailure(415, "unsupported media type", detail);
  }

  static HttpFailure timeout(String detail) {
    return new HttpFailure(408, "request timeout", detail);
  }

  static HttpFailure unusable(String detail) {
    return new HttpFailure(422, "unusable input", detail);
  }

  static HttpFailure busy(String detail, int retryAfterSeconds) {
    return new HttpFailure(503, "busy", detail, retryAfterSeconds);
  }
}

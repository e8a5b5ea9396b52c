package dev.parley.server;

import dev.parley.report.HtmlReport;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What every request passes before the app: its {@code Host} must name this server (a page of
 * another site that made its own name resolve to this machine is refused: DNS rebinding); a request
 * that changes anything (POST) must come from the app's own pages, by its {@code Origin} or {@code
 * Sec-Fetch-Site} (a page elsewhere cannot post to it), or from a program that sends neither; only
 * GET, HEAD and POST; no compressed request bodies (a small gzip body can unpack to gigabytes); no
 * body over the limit. Every answer carries a Content-Security-Policy without inline script but the
 * reports' own (by hash), and headers that keep it out of frames and other sites' reach. No CORS
 * headers are ever sent.
 */
final class Guard extends Handler.Wrapper {

  private final Set<String> hosts;
  private final long maxRequestBytes;
  private final String policy = HtmlReport.contentSecurityPolicy();

  Guard(ServerConfig config, Handler app) {
    super(app);
    this.maxRequestBytes = config.maxRequestBytes();
    Set<String> h = new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]", "::1"));
    h.add(lower(config.host()));
    config.allowedHosts().forEach(x -> h.add(lower(x)));
    this.hosts = Set.copyOf(h);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields.Mutable out = response.getHeaders();
    out.put("Content-Security-Policy", policy);
    out.put("X-Content-Type-Options", "nosniff");
    out.put("X-Frame-Options", "DENY");
    out.put("Referrer-Policy", "same-origin");
    out.put("Cross-Origin-Opener-Policy", "same-origin");
    out.put("Cross-Origin-Resource-Policy", "same-origin");
    out.put(HttpHeader.CACHE_CONTROL, "no-store");
    String refusal = refusal(request);
    if (refusal != null) {
      int status = Integer.parseInt(refusal.substring(0, 3));
      String detail = refusal.substring(4);
      boolean api = Request.getPathInContext(request).startsWith("/api/");
      String reason =
          switch (status) {
            case 403 -> "forbidden";
            case 405 -> "method not allowed";
            case 413 -> "too large";
            default -> "unsupported media type";
          };
      App.send(
          response,
          callback,
          status,
          api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
          api ? Errors.json(reason, detail) : status + " " + reason + ": " + detail + "\n");
      return true;
    }
    return super.handle(request, response, callback);
  }

  /** Why the request is refused ({@code "403 …"}), or null. */
  private String refusal(Request request) {
    HttpFields in = request.getHeaders();
    String host = in.get(HttpHeader.HOST);
    if (host == null || !hosts.contains(hostName(host)) && !isAddressOfThisServer(hostName(host))) {
      return "403 the Host "
          + (host == null ? "is missing" : "'" + host + "' is not this server")
          + "; start it with --allow-host NAME to answer to another name";
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
      return "405 " + method + " is not answered here; GET and POST are";
    }
    if (method.equals("POST")) {
      String origin = in.get(HttpHeader.ORIGIN);
      String site = in.get("Sec-Fetch-Site");
      // A browser that keeps the origin to itself says "null"; then only its own word that the
      // page is this server's (Sec-Fetch-Site: same-origin) lets the request through.
      if (origin != null && origin.equals("null") && !"same-origin".equals(site)) {
        return "403 a page of unknown origin may not post to this server";
      }
      if (origin != null
          && !origin.equals("null")
          && !origin.equalsIgnoreCase(request.getHttpURI().getScheme() + "://" + host)) {
        return "403 a page of " + origin + " may not post to this server";
      }
      if (site != null && !site.equals("same-origin") && !site.equals("none")) {
        return "403 a page of another site may not post to this server";
      }
    }
    HttpField encoding = in.getField(HttpHeader.CONTENT_ENCODING);
    if (encoding != null && !encoding.getValue().equalsIgnoreCase("identity")) {
      return "415 compressed request bodies (" + encoding.getValue() + ") are not accepted";
    }
    long length = in.getLongField(HttpHeader.CONTENT_LENGTH);
    if (length > maxRequestBytes) {
      return "413 the request holds "
          + length
          + " bytes; this server takes at most "
          + maxRequestBytes;
    }
    return null;
  }

  /** {@code host:port} or {@code [v6]:port} without the port, lower case. */
  static String hostName(String host) {
    String h = lower(host.strip());
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  /**
   * Whether {@code name} is an address literal of this machine (listening on every address, the
   * server answers to each of them by number).
   */
  private boolean isAddressOfThisServer(String name) {
    if (!hosts.contains("0.0.0.0") && !hosts.contains("::") && !hosts.contains("[::]")) {
      return false;
    }
    String literal = name.startsWith("[") ? name.substring(1, name.length() - 1) : name;
    if (!literal.matches("[0-9.]+|[0-9a-f:]+")) {
      return false; // a name, not a number: only the names allowed
    }
    try {
      return java.net.NetworkInterface.getByInetAddress(InetAddress.getByName(literal)) != null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

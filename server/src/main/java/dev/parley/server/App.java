package dev.parley.server;

import dev.parley.align.Alignment;
import dev.parley.corpus.CorpusIndex;
import dev.parley.history.History;
import dev.parley.report.HistoryReport;
import dev.parley.report.HtmlReport;
import dev.parley.report.JsonReport;
import dev.parley.report.PageChrome;
import dev.parley.report.TextReport;
import dev.parley.report.TextStyle;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The app and its API: the routes, what each reads and what it answers. A comparison or a history
 * asked for by a form is kept ({@link Results}) and the browser sent to its address ({@code
 * /r/KEY}, {@code /h/KEY}), which shows the report with its downloads; the API answers at once with
 * the JSON of the command line's contract. Every failure is a status with {@code {"error",
 * "detail"}} for the API and a page for a person, never a stack trace.
 */
final class App extends Handler.Abstract {

  private final ServerConfig config;
  private final Engine engine;
  private final Results results;
  private final AppPages pages;
  private final @Nullable Picker picker;
  private final @Nullable CorpusPages corpus;
  private final Path temporary;

  /** Results worked out lately, by address: a report read again is not worked out again. */
  private final Map<String, Object> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
          return size() > 16;
        }
      };

  App(ServerConfig config) {
    super(InvocationType.BLOCKING);
    this.config = config;
    this.engine = new Engine(config);
    this.results = new Results(config.data().resolve("results"), config.maxResults());
    this.picker = config.root() == null ? null : new Picker(config.root(), config.maxInputBytes());
    this.corpus =
        config.index() == null
            ? null
            : new CorpusPages(CorpusIndex.read(config.index()), config.maxInputBytes());
    this.pages =
        new AppPages(
            engine.hasMeaning(),
            picker,
            corpus != null,
            config.maxInputBytes(),
            config.maxVersions());
    this.temporary = config.data().resolve("uploads");
    try {
      Files.createDirectories(temporary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make " + temporary, e);
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    boolean api = path.startsWith("/api/");
    try {
      route(request, response, callback, path, request.getMethod());
    } catch (HttpFailure f) {
      fail(response, callback, api, f);
    } catch (RuntimeException | Error e) {
      // One line on stderr, where the operator sees it: the request, the failure and its place.
      StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      System.err.println(
          "parley: internal error on "
              + request.getMethod()
              + " "
              + path
              + ": "
              + e
              + (at == null ? "" : " at " + at));
      fail(
          response,
          callback,
          api,
          new HttpFailure(
              500,
              "internal error",
              "the request could not be answered ("
                  + e.getClass().getSimpleName()
                  + "); the server goes on"));
    }
    return true;
  }

  private void route(Request request, Response response, Callback cb, String path, String method) {
    boolean get = method.equals("GET") || method.equals("HEAD");
    boolean post = method.equals("POST");
    switch (path) {
      case "/" -> {
        requireGet(get);
        html(response, cb, 200, pages.home());
      }
      case "/static/app.js" -> asset(response, cb, get, "app.js", "text/javascript");
      case "/static/app.css" -> asset(response, cb, get, "app.css", "text/css");
      case "/compare" -> {
        requirePost(post);
        Submission s = Requests.pair(Body.read(request, config, temporary), picker);
        redirect(request, response, cb, "/r/" + keep("compare", s, new Properties()));
      }
      case "/history" -> {
        requirePost(post);
        Requests.Versions v =
            Requests.versions(Body.read(request, config, temporary), picker, config.maxVersions());
        Properties p = new Properties();
        p.setProperty("order-by", v.byDate() ? "date" : "given");
        redirect(request, response, cb, "/h/" + keep("history", v.submission(), p));
      }
      case "/corpus" -> {
        requireGet(get);
        CorpusPages c = corpus();
        html(response, cb, 200, pages.page("Corpus", h -> c.page(h, Body.ofQuery(request))));
      }
      case "/corpus/compare" -> {
        requirePost(post);
        CorpusPages c = corpus();
        if (c.files() == null) {
          throw HttpFailure.unusable(
              "the indexed statements' files are not on this machine (" + c.index().root() + ")");
        }
        Body b = Body.read(request, config, temporary);
        Submission.Text a = c.files().read(field(b, "a"));
        Submission.Text z = c.files().read(field(b, "b"));
        Settings s =
            new Settings(
                sameDelegation(c, a.name(), z.name())
                    ? Alignment.Mode.VERSIONS
                    : Alignment.Mode.DELEGATIONS,
                null,
                null,
                true);
        redirect(
            request,
            response,
            cb,
            "/r/" + keep("compare", new Submission(List.of(a, z), s), new Properties()));
      }
      case "/api/normalize" -> {
        requirePost(post);
        Statement st =
            engine.normalize(Requests.one(Body.read(request, config, temporary), picker));
        StringBuilder out = new StringBuilder();
        JsonReport.write(st, out);
        json(response, cb, 200, out.toString());
      }
      case "/api/compare" -> {
        requirePost(post);
        Alignment a = engine.compare(Requests.pair(Body.read(request, config, temporary), picker));
        StringBuilder out = new StringBuilder();
        JsonReport.write(a, out);
        json(response, cb, 200, out.toString());
      }
      case "/api/score" -> {
        requirePost(post);
        Submission s = Requests.pair(Body.read(request, config, temporary), picker);
        StringBuilder out = new StringBuilder();
        JsonReport.write(s.texts().get(0).name(), s.texts().get(1).name(), engine.score(s), out);
        json(response, cb, 200, out.toString());
      }
      case "/api/history" -> {
        requirePost(post);
        Requests.Versions v =
            Requests.versions(Body.read(request, config, temporary), picker, config.maxVersions());
        StringBuilder out = new StringBuilder();
        JsonReport.write(engine.history(v.submission(), v.byDate()), out);
        json(response, cb, 200, out.toString());
      }
      case "/api/corpus/similar" -> {
        CorpusPages c = corpus();
        StringBuilder out = new StringBuilder();
        if (post) {
          Body b = Body.read(request, config, temporary);
          Submission s = Requests.one(b, picker);
          Statement st = engine.normalize(s);
          int top = CorpusPages.number(b, "top", 10, 1, 1_000);
          JsonReport.writeNearest(
              c.index(), st.source(), null, engine.run(() -> c.index().nearest(st, top)), out);
        } else {
          requireGet(get);
          engine.run(
              () -> {
                c.similarLines(Body.ofQuery(request), out);
                return null;
              });
        }
        send(response, cb, 200, "application/x-ndjson; charset=utf-8", out.toString());
      }
      case "/api/corpus/reuse" -> {
        requireGet(get);
        CorpusPages c = corpus();
        StringBuilder out = new StringBuilder();
        engine.run(
            () -> {
              c.reuseLines(Body.ofQuery(request), out);
              return null;
            });
        send(response, cb, 200, "application/x-ndjson; charset=utf-8", out.toString());
      }
      default -> result(request, response, cb, path, get);
    }
  }

  /**
   * {@code /r/KEY} and {@code /h/KEY}, and their downloads {@code .html}, {@code .json}, {@code
   * .txt}.
   */
  private void result(Request request, Response response, Callback cb, String path, boolean get) {
    if (!(path.startsWith("/r/") || path.startsWith("/h/"))) {
      throw HttpFailure.notFound(path + ": no such page");
    }
    requireGet(get);
    boolean compare = path.startsWith("/r/");
    String rest = path.substring(3);
    int dot = rest.indexOf('.');
    String key = dot < 0 ? rest : rest.substring(0, dot);
    String format = dot < 0 ? "" : rest.substring(dot + 1);
    Object result = worked(key, compare ? "compare-" : "history-");
    String base = (compare ? "/r/" : "/h/") + key;
    String name = "parley-" + key;
    StringBuilder out = new StringBuilder(64 * 1024);
    switch (format) {
      case "" -> {
        PageChrome chrome =
            new PageChrome(
                List.of(
                    new PageChrome.Action("Parley", "/", false),
                    new PageChrome.Action("New comparison", "/#compare", false),
                    new PageChrome.Action("Download HTML", base + ".html", true),
                    new PageChrome.Action("JSON", base + ".json", true),
                    new PageChrome.Action("Text", base + ".txt", true)),
                List.of("/static/app.js"));
        if (result instanceof Alignment a) {
          HtmlReport.write(a, out, chrome);
        } else {
          HistoryReport.write((History) result, out, chrome);
        }
        html(response, cb, 200, out.toString());
      }
      case "html" -> {
        if (result instanceof Alignment a) {
          HtmlReport.write(a, out);
        } else {
          HistoryReport.write((History) result, out);
        }
        download(response, cb, "text/html; charset=utf-8", name + ".html", out.toString());
      }
      case "json" -> {
        if (result instanceof Alignment a) {
          JsonReport.write(a, out);
        } else {
          JsonReport.write((History) result, out);
        }
        download(response, cb, "application/json; charset=utf-8", name + ".json", out.toString());
      }
      case "txt" -> {
        if (result instanceof Alignment a) {
          TextReport.write(a, TextStyle.PLAIN, out);
        } else {
          TextReport.write((History) result, TextStyle.PLAIN, out);
        }
        download(response, cb, "text/plain; charset=utf-8", name + ".txt", out.toString());
      }
      default -> throw HttpFailure.notFound(path + ": no such download (html, json or txt)");
    }
  }

  /** The result kept at {@code key}, worked out again if it is not among the recent ones. */
  private Object worked(String key, String kind) {
    if (!key.startsWith(kind)) {
      throw HttpFailure.notFound(key + ": no such result");
    }
    synchronized (recent) {
      Object r = recent.get(key);
      if (r != null) {
        return r;
      }
    }
    Results.Kept kept =
        results
            .get(key)
            .orElseThrow(
                () ->
                    HttpFailure.notFound(
                        key + ": no such result (results not read for a long time are let go)"));
    Object r =
        kind.equals("compare-")
            ? engine.compare(kept.submission())
            : engine.history(
                kept.submission(), "date".equals(kept.properties().getProperty("order-by")));
    synchronized (recent) {
      recent.put(key, r);
    }
    return r;
  }

  /** Keeps {@code s} and works it out once, so that a failure shows now, not at its address. */
  private String keep(String kind, Submission s, Properties extra) {
    String key = Results.key(kind, s, extra.toString());
    Object r =
        kind.equals("compare")
            ? engine.compare(s)
            : engine.history(s, "date".equals(extra.getProperty("order-by")));
    String kept = results.put(kind, s, extra);
    synchronized (recent) {
      recent.put(kept, r);
    }
    assert kept.equals(key);
    return kept;
  }

  private static boolean sameDelegation(CorpusPages c, String a, String b) {
    String da = delegationOf(c, a);
    return !da.isEmpty() && da.equals(delegationOf(c, b));
  }

  private static String delegationOf(CorpusPages c, String path) {
    return c.index().documents().stream()
        .filter(d -> d.path().equals(path))
        .map(d -> d.delegation())
        .findFirst()
        .orElse("");
  }

  private CorpusPages corpus() {
    if (corpus == null) {
      throw HttpFailure.notFound("this server searches no corpus: start it with --index INDEX");
    }
    return corpus;
  }

  private static String field(Body b, String name) {
    String v = b.text(name);
    if (v == null || v.isBlank()) {
      throw HttpFailure.badRequest("missing field " + name);
    }
    return v;
  }

  private static void requireGet(boolean get) {
    if (!get) {
      throw new HttpFailure(405, "method not allowed", "this address answers GET");
    }
  }

  private static void requirePost(boolean post) {
    if (!post) {
      throw new HttpFailure(405, "method not allowed", "this address answers POST");
    }
  }

  // ---- answers

  private void fail(Response response, Callback cb, boolean api, HttpFailure f) {
    if (f.retryAfterSeconds > 0) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(f.retryAfterSeconds));
    }
    if (api) {
      json(response, cb, f.status, Errors.json(f.error, f.getMessage()));
    } else {
      html(response, cb, f.status, pages.error(f.status, f.error, f.getMessage()));
    }
  }

  private static void html(Response r, Callback cb, int status, String body) {
    send(r, cb, status, "text/html; charset=utf-8", body);
  }

  private static void json(Response r, Callback cb, int status, String body) {
    send(r, cb, status, "application/json; charset=utf-8", body);
  }

  private static void download(Response r, Callback cb, String type, String file, String body) {
    r.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
    send(r, cb, 200, type, body);
  }

  static void send(Response r, Callback cb, int status, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    r.setStatus(status);
    r.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    r.getHeaders().put(HttpHeader.CONTENT_LENGTH, Long.toString(bytes.length));
    r.write(true, ByteBuffer.wrap(bytes), cb);
  }

  private static void redirect(Request request, Response response, Callback cb, String to) {
    Response.sendRedirect(request, response, cb, HttpStatus.SEE_OTHER_303, to, false);
  }

  private static void asset(Response r, Callback cb, boolean get, String name, String type) {
    requireGet(get);
    try (InputStream in = App.class.getResourceAsStream(name)) {
      if (in == null) {
        throw HttpFailure.notFound("/static/" + name);
      }
      r.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      send(
          r,
          cb,
          200,
          type + "; charset=utf-8",
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

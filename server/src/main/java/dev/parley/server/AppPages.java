package dev.parley.server;

import dev.parley.report.Html;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The app's own pages, written on the server with the library's escaping writer: the start page
 * (compare two texts, follow versions), the corpus search and the error page. Every form works
 * without script; {@code /static/app.js} adds conveniences (dropping files, ordering versions by
 * dragging).
 */
final class AppPages {

  private final boolean meaning;
  private final @Nullable Picker picker;
  private final boolean corpus;
  private final long maxInputBytes;
  private final int maxVersions;

  AppPages(
      boolean meaning,
      @Nullable Picker picker,
      boolean corpus,
      long maxInputBytes,
      int maxVersions) {
    this.meaning = meaning;
    this.picker = picker;
    this.corpus = corpus;
    this.maxInputBytes = maxInputBytes;
    this.maxVersions = maxVersions;
  }

  /** A whole page: the head, the bar, {@code body}, the script. */
  String page(String title, Consumer<Html> body) {
    StringBuilder out = new StringBuilder(16 * 1024);
    Html h = new Html(out);
    h.raw("<!DOCTYPE html>").line().open("html", "lang", "en").line().open("head").line();
    h.open("meta", "charset", "utf-8").line();
    h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line();
    h.element("title", title + " · Parley").line();
    h.open("link", "rel", "stylesheet", "href", "/static/app.css").line();
    h.close("head").line().open("body", "class", "app").line();
    h.open("nav", "class", "chrome", "aria-label", "Parley");
    h.element("a", "Parley", "href", "/");
    h.element("a", "Compare", "href", "/#compare");
    h.element("a", "History", "href", "/#history");
    if (corpus) {
      h.element("a", "Corpus", "href", "/corpus");
    }
    h.element("a", "API", "href", "/#api");
    h.close("nav").line();
    h.open("main").line();
    body.accept(h);
    h.close("main").line();
    h.open("script", "src", "/static/app.js", "defer", "").close("script").line();
    h.close("body").line().close("html").line();
    return out.toString();
  }

  /** The start page. */
  String home() {
    return page(
        "Compare statements",
        h -> {
          h.element("h1", "Compare diplomatic statements").line();
          h.element(
                  "p",
                  "Two versions of a statement, or two delegations' statements on the same matter:"
                      + " Parley links the paragraphs a careful reader would link, marks what"
                      + " changed, and says why each link is there. Nothing leaves this machine.",
                  "class",
                  "lede")
              .line();
          compareForm(h);
          historyForm(h);
          api(h);
        });
  }

  private void compareForm(Html h) {
    h.open("section", "id", "compare", "class", "card").line();
    h.element("h2", "Compare two texts").line();
    h.open(
            "form",
            "method",
            "post",
            "action",
            "/compare",
            "enctype",
            "multipart/form-data",
            "class",
            "compare")
        .line();
    h.open("div", "class", "sides").line();
    for (String side : new String[] {"left", "right"}) {
      String label = side.equals("left") ? "Left (earlier)" : "Right (later)";
      h.open("fieldset", "class", "side " + side).element("legend", label).line();
      h.open("label", "class", "drop").text("A file: ");
      h.open(
              "input",
              "type",
              "file",
              "name",
              side,
              "accept",
              ".txt,text/plain",
              "id",
              side + "-file")
          .close("label")
          .line();
      if (picker != null) {
        picks(h, side + "-path", "or one of " + folderName() + ": ", false);
      }
      h.open("label", "class", "paste").text("or paste the text:");
      h.open("textarea", "name", side + "-text", "rows", "8", "spellcheck", "false")
          .close("textarea")
          .close("label")
          .line();
      h.close("fieldset").line();
    }
    h.close("div").line();
    settings(h);
    h.open("p", "class", "go");
    h.element("button", "Compare", "type", "submit");
    h.element(
        "span",
        " Each text up to " + megabytes(maxInputBytes) + "; plain text in any encoding.",
        "class",
        "hint");
    h.close("p").line();
    h.close("form").line().close("section").line();
  }

  private void settings(Html h) {
    h.open("details", "class", "settings").element("summary", "Settings").line();
    h.open("fieldset").element("legend", "Mode").line();
    h.open("label")
        .open("input", "type", "radio", "name", "mode", "value", "versions", "checked", "")
        .text(" two versions of one statement")
        .close("label")
        .line();
    h.open("label")
        .open("input", "type", "radio", "name", "mode", "value", "delegations")
        .text(" two delegations' statements (related paragraphs)")
        .close("label")
        .line();
    h.close("fieldset").line();
    h.open("label")
        .text("Link paragraphs one to one from a phrasing similarity of ")
        .open(
            "input",
            "type",
            "number",
            "name",
            "match-threshold",
            "min",
            "0.05",
            "max",
            "0.95",
            "step",
            "0.05",
            "placeholder",
            "0.2")
        .text(" (versions)")
        .close("label")
        .line();
    h.open("label")
        .text("Relate paragraphs from a similarity of ")
        .open(
            "input",
            "type",
            "number",
            "name",
            "related-threshold",
            "min",
            "0.05",
            "max",
            "0.95",
            "step",
            "0.05",
            "placeholder",
            "0.4")
        .text(" (delegations)")
        .close("label")
        .line();
    if (meaning) {
      h.open("fieldset").element("legend", "Evidence").line();
      h.open("label")
          .open("input", "type", "radio", "name", "meaning", "value", "on", "checked", "")
          .text(" words and meaning")
          .close("label")
          .line();
      h.open("label")
          .open("input", "type", "radio", "name", "meaning", "value", "off")
          .text(" words alone")
          .close("label")
          .line();
      h.close("fieldset").line();
    }
    h.close("details").line();
  }

  private void historyForm(Html h) {
    h.open("section", "id", "history", "class", "card").line();
    h.element("h2", "Follow versions").line();
    h.element(
            "p",
            "Two to "
                + maxVersions
                + " versions of one statement, oldest first: which paragraphs stay, change, go and"
                + " come back, and when each shared phrase came and went.")
        .line();
    h.open(
            "form",
            "method",
            "post",
            "action",
            "/history",
            "enctype",
            "multipart/form-data",
            "class",
            "history")
        .line();
    h.open("label", "class", "drop").text("Files: ");
    h.open(
            "input",
            "type",
            "file",
            "name",
            "versions",
            "multiple",
            "",
            "accept",
            ".txt,text/plain",
            "id",
            "versions-file")
        .close("label")
        .line();
    if (picker != null) {
      picks(h, "version-path", "or pick from " + folderName() + ": ", true);
    }
    h.open("ol", "id", "version-order", "class", "order", "aria-label", "order of the versions")
        .close("ol")
        .line();
    h.open("input", "type", "hidden", "name", "order", "id", "order", "value", "");
    h.open("fieldset").element("legend", "Order").line();
    h.open("label")
        .open("input", "type", "radio", "name", "order-by", "value", "given", "checked", "")
        .text(" as chosen (drag to reorder)")
        .close("label")
        .line();
    h.open("label")
        .open("input", "type", "radio", "name", "order-by", "value", "date")
        .text(" by the dates in the texts")
        .close("label")
        .line();
    h.close("fieldset").line();
    h.open("p", "class", "go").element("button", "Follow", "type", "submit").close("p").line();
    h.close("form").line().close("section").line();
  }

  /** The name of the folder files are picked from, as a person calls it: its last part. */
  private String folderName() {
    java.nio.file.Path name = picker == null ? null : picker.root().getFileName();
    return name == null ? "the server's folder" : name.toString();
  }

  private void picks(Html h, String name, String label, boolean multiple) {
    List<String> files = picker == null ? List.of() : picker.list();
    if (files.isEmpty()) {
      return;
    }
    h.open("label", "class", "pick").text(label);
    h.open("select", "name", name, "multiple", multiple ? "" : null, "size", multiple ? "8" : null);
    if (!multiple) {
      h.element("option", "—", "value", "");
    }
    for (String f : files) {
      h.element("option", f, "value", f);
    }
    h.close("select").close("label").line();
  }

  private void api(Html h) {
    h.open("section", "id", "api", "class", "card").line();
    h.element("h2", "JSON API").line();
    h.element(
            "p",
            "The same results for programs, as the command line prints them with --format json:"
                + " POST /api/normalize, /api/compare, /api/score and /api/history take the"
                + " statements as multipart files (file; left and right; versions) or as JSON"
                + " ({\"left\": text, \"right\": text, \"mode\": \"versions\"})."
                + (corpus
                    ? " GET /api/corpus/similar?file=… and /api/corpus/reuse?min-words=… search"
                        + " the corpus."
                    : "")
                + " Errors are {\"error\", \"detail\"}.")
        .line();
    h.close("section").line();
  }

  /** The page of a request that failed. */
  String error(int status, String error, String detail) {
    return page(
        "Error " + status,
        h -> {
          h.element("h1", status + " " + error).line();
          h.element("p", detail, "class", "detail").line();
          h.open("p").element("a", "Back to the start", "href", "/").close("p").line();
        });
  }

  static String megabytes(long bytes) {
    return bytes % 1_000_000 == 0
        ? bytes / 1_000_000 + " MB"
        : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}

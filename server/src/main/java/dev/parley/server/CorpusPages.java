package dev.parley.server;

import dev.parley.corpus.CorpusDocument;
import dev.parley.corpus.CorpusIndex;
import dev.parley.corpus.Neighbour;
import dev.parley.corpus.ReusedPassage;
import dev.parley.report.Html;
import dev.parley.report.JsonReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The corpus the server was given ({@code --index}): nearest statements and reused passages,
 * filtered by delegation and year, as pages (each pair one click from a comparison) and as the JSON
 * lines of {@code parley corpus similar} and {@code reuse}.
 */
final class CorpusPages {

  /** The most statements a page of nearest statements shows. */
  static final int MAX_STATEMENTS = 50;

  /** The most passages a page shows. */
  static final int MAX_PASSAGES = 200;

  private final CorpusIndex index;
  private final @Nullable Picker files;

  /** The passages of the last length asked for: finding them reads the whole index. */
  private @Nullable List<ReusedPassage> passages;

  private int passagesOf;

  CorpusPages(CorpusIndex index, long maxInputBytes) {
    this.index = index;
    Path root = index.root().isEmpty() ? null : Path.of(index.root());
    this.files = root != null && Files.isDirectory(root) ? new Picker(root, maxInputBytes) : null;
  }

  CorpusIndex index() {
    return index;
  }

  /** The statements' files, where the indexed folder is on this machine; else null. */
  @Nullable Picker files() {
    return files;
  }

  /** A filter by delegation and year (empty or 0: any). */
  record Filter(String delegation, int year) {
    static Filter read(Body b) {
      String d = b.text("delegation");
      String y = b.text("year");
      int year = 0;
      if (y != null && !y.isBlank()) {
        try {
          year = Integer.parseInt(y.strip());
        } catch (NumberFormatException e) {
          throw HttpFailure.badRequest("year must be a number: " + y);
        }
      }
      return new Filter(d == null ? "" : d.strip().toUpperCase(Locale.ROOT), year);
    }

    boolean any() {
      return delegation.isEmpty() && year == 0;
    }

    boolean test(CorpusDocument d) {
      return (delegation.isEmpty() || d.delegation().equalsIgnoreCase(delegation))
          && (year == 0 || d.year() == year);
    }
  }

  static int number(Body b, String name, int fallback, int min, int max) {
    String v = b.text(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int x = Integer.parseInt(v.strip());
      if (x < min || x > max) {
        throw HttpFailure.badRequest(name + " must be " + min + " to " + max + ": " + v);
      }
      return x;
    } catch (NumberFormatException e) {
      throw HttpFailure.badRequest(name + " must be a number: " + v);
    }
  }

  /** The indexed statements the filter keeps, in index order. */
  List<CorpusDocument> statements(Filter f) {
    return index.documents().stream().filter(f::test).toList();
  }

  /** The passages of at least {@code minWords} words the filter keeps on either side. */
  synchronized List<ReusedPassage> passages(int minWords, Filter f) {
    if (passages == null || passagesOf != minWords) {
      passages = index.reuse(minWords, CorpusIndex.Progress.NONE);
      passagesOf = minWords;
    }
    List<ReusedPassage> out = new ArrayList<>();
    for (ReusedPassage p : passages) {
      if (f.test(index.documents().get(p.left().document()))
          || f.test(index.documents().get(p.right().document()))) {
        out.add(p);
      }
    }
    return out;
  }

  /** The corpus page: the search form and what it found. */
  void page(Html h, Body query) {
    String view = query.text("view");
    boolean reuse = "reuse".equals(view);
    Filter f = Filter.read(query);
    int top = number(query, "top", 5, 1, 50);
    int minWords = number(query, "min-words", 25, CorpusIndex.MIN_PASSAGE_WORDS, 10_000);
    h.element("h1", "Corpus").line();
    h.element(
            "p",
            index.documents().size()
                + " statements"
                + (index.root().isEmpty() ? "" : " indexed from " + index.root())
                + (files == null
                    ? "; their files are not on this machine, so pairs cannot be"
                        + " opened for comparison."
                    : "."),
            "class",
            "lede")
        .line();
    h.open("form", "method", "get", "action", "/corpus", "class", "search card").line();
    h.open("fieldset").element("legend", "Find").line();
    h.open("label")
        .open(
            "input",
            "type",
            "radio",
            "name",
            "view",
            "value",
            "similar",
            "checked",
            reuse ? null : "")
        .text(" nearest statements")
        .close("label");
    h.open("label")
        .open(
            "input",
            "type",
            "radio",
            "name",
            "view",
            "value",
            "reuse",
            "checked",
            reuse ? "" : null)
        .text(" reused passages")
        .close("label");
    h.close("fieldset").line();
    h.open("label").text("Delegation ");
    h.open(
        "input", "name", "delegation", "value", f.delegation(), "size", "5", "placeholder", "KAZ");
    h.close("label").raw(" ");
    h.open("label").text("Year ");
    h.open(
        "input",
        "type",
        "number",
        "name",
        "year",
        "value",
        f.year() == 0 ? "" : Integer.toString(f.year()),
        "min",
        "1900",
        "max",
        "2100");
    h.close("label").raw(" ");
    h.open("label").text("Neighbours ");
    h.open(
        "input",
        "type",
        "number",
        "name",
        "top",
        "value",
        Integer.toString(top),
        "min",
        "1",
        "max",
        "50");
    h.close("label").raw(" ");
    h.open("label").text("Passages of at least ");
    h.open(
        "input",
        "type",
        "number",
        "name",
        "min-words",
        "value",
        Integer.toString(minWords),
        "min",
        Integer.toString(CorpusIndex.MIN_PASSAGE_WORDS));
    h.text(" words").close("label").raw(" ");
    h.element("button", "Search", "type", "submit");
    h.close("form").line();
    if (reuse) {
      reusePage(h, f, minWords);
    } else {
      similarPage(h, f, top);
    }
  }

  private void similarPage(Html h, Filter f, int top) {
    if (f.any()) {
      h.element("p", "Choose a delegation or a year to list its statements' nearest ones.").line();
      return;
    }
    List<CorpusDocument> docs = statements(f);
    if (docs.isEmpty()) {
      h.element(
              "p",
              "No statement of "
                  + describe(f)
                  + " is in the index (delegations are given by their three-letter code, as"
                  + " KAZ).")
          .line();
      return;
    }
    h.element(
            "p",
            docs.size()
                + (docs.size() == 1 ? " statement" : " statements")
                + (docs.size() > MAX_STATEMENTS ? "; the first " + MAX_STATEMENTS + " shown" : ""))
        .line();
    h.open("table", "class", "results").line();
    h.open("tr").element("th", "Statement").element("th", "Nearest statements").close("tr").line();
    for (CorpusDocument d : docs.subList(0, Math.min(MAX_STATEMENTS, docs.size()))) {
      h.open("tr").open("td").element("span", d.path(), "class", "source");
      h.close("td").open("td").open("ol");
      for (Neighbour n : index.nearest(d.id(), top)) {
        CorpusDocument o = index.documents().get(n.document());
        h.open("li").element("span", o.path(), "class", "source");
        h.text(String.format(Locale.ROOT, " %.2f ", n.similarity()));
        compareButton(h, d, o);
        if (!n.shared().isEmpty()) {
          h.element("span", "shared: " + String.join(", ", n.shared()), "class", "shared");
        }
        h.close("li");
      }
      h.close("ol").close("td").close("tr").line();
    }
    h.close("table").line();
  }

  private void reusePage(Html h, Filter f, int minWords) {
    List<ReusedPassage> found = passages(minWords, f);
    h.element(
            "p",
            found.size()
                + (found.size() == 1 ? " passage of " : " passages of ")
                + minWords
                + " words or more"
                + (f.any() ? "" : " with " + describe(f) + " on one side")
                + (found.size() > MAX_PASSAGES ? "; the first " + MAX_PASSAGES + " shown" : ""))
        .line();
    if (found.isEmpty()) {
      h.element(
              "p",
              "No two statements share a passage of "
                  + minWords
                  + " words or more"
                  + (f.any() ? "" : " where " + describe(f) + " is one of them")
                  + (minWords > CorpusIndex.MIN_PASSAGE_WORDS
                      ? "; shorter passages (down to "
                          + CorpusIndex.MIN_PASSAGE_WORDS
                          + " words) may be found."
                      : "."))
          .line();
      return;
    }
    h.open("table", "class", "results").line();
    h.open("tr")
        .element("th", "Words")
        .element("th", "Said in")
        .element("th", "And in")
        .close("tr")
        .line();
    for (ReusedPassage p : found.subList(0, Math.min(MAX_PASSAGES, found.size()))) {
      CorpusDocument l = index.documents().get(p.left().document());
      CorpusDocument r = index.documents().get(p.right().document());
      h.open("tr").element("td", Integer.toString(p.words()));
      for (var side : List.of(new Object[] {l, p.left()}, new Object[] {r, p.right()})) {
        CorpusDocument d = (CorpusDocument) side[0];
        ReusedPassage.Location at = (ReusedPassage.Location) side[1];
        h.open("td")
            .element("span", d.path() + " ¶ " + (at.firstParagraph() + 1), "class", "source");
        h.element("q", at.text()).close("td");
      }
      h.close("tr").line();
      h.open("tr", "class", "open").open("td").close("td").open("td", "colspan", "2");
      compareButton(h, l, r);
      h.close("td").close("tr").line();
    }
    h.close("table").line();
  }

  private static String describe(Filter f) {
    return (f.delegation().isEmpty() ? "" : f.delegation())
        + (f.delegation().isEmpty() || f.year() == 0 ? "" : " ")
        + (f.year() == 0 ? "" : Integer.toString(f.year()));
  }

  private void compareButton(Html h, CorpusDocument a, CorpusDocument b) {
    if (files == null) {
      return;
    }
    h.open("form", "method", "post", "action", "/corpus/compare", "class", "inline");
    h.open("input", "type", "hidden", "name", "a", "value", a.path());
    h.open("input", "type", "hidden", "name", "b", "value", b.path());
    h.element("button", "compare", "type", "submit");
    h.close("form");
  }

  /** The JSON lines of {@code corpus similar}: one statement's, or every filtered statement's. */
  void similarLines(Body query, StringBuilder out) {
    int top = number(query, "top", 10, 1, 1_000);
    String file = query.text("file");
    if (file != null && !file.isBlank()) {
      CorpusDocument d =
          index.documents().stream()
              .filter(x -> x.path().equals(file))
              .findFirst()
              .orElseThrow(() -> HttpFailure.notFound(file + ": not in the index"));
      JsonReport.writeNearest(index, d.path(), d, index.nearest(d.id(), top), out);
      return;
    }
    for (CorpusDocument d : statements(Filter.read(query))) {
      JsonReport.writeNearest(index, d.path(), d, index.nearest(d.id(), top), out);
    }
  }

  /** The JSON lines of {@code corpus reuse}. */
  void reuseLines(Body query, StringBuilder out) {
    int minWords = number(query, "min-words", 25, CorpusIndex.MIN_PASSAGE_WORDS, 10_000);
    for (ReusedPassage p : passages(minWords, Filter.read(query))) {
      JsonReport.writePassage(index, p, out);
    }
  }
}

package dev.parley.server;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a request asks for, read from its fields: one statement ({@code file}, {@code text} or a
 * picked {@code path}), a pair ({@code left} and {@code right}, each a file, a text or a picked
 * path) or a series of versions ({@code versions}, with an {@code order} and an {@code order-by}).
 */
final class Requests {

  private Requests() {}

  /**
   * One statement: field {@code file} (a file or a text), {@code text}, or a picked {@code path}.
   */
  static Submission one(Body b, @Nullable Picker picker) {
    Submission.Text t = side(b, "file", "statement", picker);
    if (t == null) {
      t = side(b, "text", "statement", picker);
    }
    if (t == null) {
      throw HttpFailure.badRequest("no statement: send a file, a text or a path");
    }
    return new Submission(List.of(t), Settings.read(b::text));
  }

  /** Two statements, {@code left} and {@code right}. */
  static Submission pair(Body b, @Nullable Picker picker) {
    List<Submission.Text> texts = new ArrayList<>(2);
    for (String s : new String[] {"left", "right"}) {
      Submission.Text t = side(b, s, s, picker);
      if (t == null) {
        throw HttpFailure.badRequest(
            "no " + s + " statement: upload a file, paste a text or pick one");
      }
      texts.add(t);
    }
    return new Submission(texts, Settings.read(b::text));
  }

  /**
   * The statement of one side: an uploaded file, a text in the field itself (JSON or a form), a
   * pasted text ({@code NAME-text}) or a picked path ({@code NAME-path}); the first given.
   */
  private static Submission.@Nullable Text side(
      Body b, String field, String fallbackName, @Nullable Picker picker) {
    for (Body.Value v : b.all(field)) {
      if (!v.isEmpty()) {
        String name = v.fileName() != null ? v.fileName() : b.text(field + "Name");
        return new Submission.Text(name == null || name.isBlank() ? fallbackName : name, v.bytes());
      }
    }
    String path = b.text(field + "-path");
    if (path != null && !path.isBlank()) {
      if (picker == null) {
        throw HttpFailure.badRequest("this server reads no folder: start it with --root");
      }
      return picker.read(path);
    }
    String text = b.text(field + "-text");
    if (text != null && !text.isBlank()) {
      return new Submission.Text(fallbackName, b.all(field + "-text").get(0).bytes());
    }
    return null;
  }

  /** A series of versions and how to order it. */
  record Versions(Submission submission, boolean byDate) {}

  /**
   * Versions: uploaded files or texts in {@code versions}, picked paths in {@code version-path};
   * put in the order {@code order} gives (indices, comma-separated) or by their dates ({@code
   * order-by=date}).
   */
  static Versions versions(Body b, @Nullable Picker picker, int max) {
    List<Submission.Text> texts = new ArrayList<>();
    int n = 0;
    for (Body.Value v : b.all("versions")) {
      n++;
      if (!v.isEmpty()) {
        texts.add(
            new Submission.Text(v.fileName() != null ? v.fileName() : "version " + n, v.bytes()));
      }
    }
    for (Body.Value v : b.all("version-path")) {
      String path = v.text();
      if (path.isBlank()) {
        continue;
      }
      if (picker == null) {
        throw HttpFailure.badRequest("this server reads no folder: start it with --root");
      }
      texts.add(picker.read(path));
    }
    if (texts.size() > max) {
      throw HttpFailure.tooLarge(
          "a history takes at most " + max + " versions; " + texts.size() + " given");
    }
    String order = b.text("order");
    if (order != null && !order.isBlank()) {
      texts = ordered(texts, order);
    }
    String by = b.text("order-by");
    boolean byDate = "date".equals(by);
    if (by != null && !by.isBlank() && !byDate && !"given".equals(by)) {
      throw HttpFailure.badRequest("order-by must be given or date, not '" + by + "'");
    }
    return new Versions(new Submission(texts, Settings.read(b::text)), byDate);
  }

  /** {@code texts} in the order of {@code order}: each index once. */
  private static List<Submission.Text> ordered(List<Submission.Text> texts, String order) {
    String[] parts = order.split(",");
    if (parts.length != texts.size()) {
      throw HttpFailure.badRequest(
          "order names " + parts.length + " versions; " + texts.size() + " given");
    }
    List<Submission.Text> out = new ArrayList<>(texts.size());
    boolean[] seen = new boolean[texts.size()];
    for (String p : parts) {
      int i;
      try {
        i = Integer.parseInt(p.strip());
      } catch (NumberFormatException e) {
        throw HttpFailure.badRequest("order must be indices separated by commas: " + order);
      }
      if (i < 0 || i >= texts.size() || seen[i]) {
        throw HttpFailure.badRequest("order must name each version once: " + order);
      }
      seen[i] = true;
      out.add(texts.get(i));
    }
    return out;
  }
}

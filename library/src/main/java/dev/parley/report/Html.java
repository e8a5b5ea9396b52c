package dev.parley.report;

import dev.parley.diff.DiffOp;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * A small HTML element writer: elements opened and closed by name, attributes given as name–value
 * pairs, and text always escaped, so that statement text never becomes markup. The reports write
 * through it, and so can a program that writes pages of its own around them (the local web app
 * does). Only fixed markup of the program's own (style sheets, scripts) goes through {@link #raw}.
 *
 * <pre>{@code
 * new Html(out).open("p", "class", "para", "id", "L3").text(paragraph).close("p").line();
 * // <p class="para" id="L3">…</p>
 * }</pre>
 *
 * Failures of the underlying {@link Appendable} are thrown as {@link UncheckedIOException}.
 */
public final class Html {

  private final Appendable out;

  /** A writer onto {@code out}. */
  public Html(Appendable out) {
    this.out = out;
  }

  /**
   * Writes a start tag: {@code attributes} are name–value pairs, values escaped; a pair whose value
   * is null is left out.
   */
  public Html open(String tag, @Nullable String... attributes) {
    append("<").append(tag);
    attributes(attributes);
    return append(">");
  }

  /** Writes an element with no content and no end tag, as SVG writes them: {@code <rect …/>}. */
  public Html empty(String tag, @Nullable String... attributes) {
    append("<").append(tag);
    attributes(attributes);
    return append("/>");
  }

  /** Writes an end tag. */
  public Html close(String tag) {
    return append("</").append(tag).append(">");
  }

  /** Writes an element holding {@code text}, escaped. */
  public Html element(String tag, String text, @Nullable String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Writes {@code text}, escaped. */
  public Html text(String text) {
    return append(escape(text));
  }

  /** Writes {@code markup} as it is: the reports' own style sheets, scripts and fixed markup. */
  public Html raw(String markup) {
    return append(markup);
  }

  /** Writes {@code text} escaped, struck through if deleted, underlined if inserted. */
  public Html change(DiffOp.Op op, String text) {
    return switch (op) {
      case EQUAL -> text(text);
      case DELETE -> element("del", text);
      case INSERT -> element("ins", text);
    };
  }

  /** Ends a line of the page's source. */
  public Html line() {
    return append("\n");
  }

  private void attributes(@Nullable String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name-value pairs");
    }
    for (int k = 0; k < attributes.length; k += 2) {
      String value = attributes[k + 1];
      if (value != null) {
        append(" ").append(attributes[k]).append("=\"").append(escape(value));
        append("\"");
      }
    }
  }

  private Html append(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Escapes text for HTML element content and quoted attribute values; control characters become
   * U+FFFD.
   */
  public static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String r =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (r == null && (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f)) {
        r = "\uFFFD";
      }
      if (r != null) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        b.append(r);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}

package dev.parley.meaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON into maps, lists, strings, numbers (as {@code Double}), booleans and nulls: enough for
 * a tokenizer file, so that the module carries no JSON library into an embedder's build.
 */
final class JsonReader {

  private final String text;
  private int at;

  private JsonReader(String text) {
    this.text = text;
  }

  /**
   * Reads one JSON value filling {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not one JSON value, naming where
   */
  static @Nullable Object read(String text) {
    JsonReader r = new JsonReader(text);
    Object value = r.value();
    r.space();
    if (r.at != text.length()) {
      throw r.error("text after the value");
    }
    return value;
  }

  private @Nullable Object value() {
    space();
    if (at >= text.length()) {
      throw error("the text ends where a value should be");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, @Nullable Object> object() {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    at++;
    space();
    if (peek() == '}') {
      at++;
      return out;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw error("a key should be a string");
      }
      String key = string();
      space();
      expect(':');
      out.put(key, value());
      space();
      char c = next();
      if (c == '}') {
        return out;
      }
      if (c != ',') {
        throw error("',' or '}' expected");
      }
    }
  }

  private List<@Nullable Object> array() {
    List<@Nullable Object> out = new ArrayList<>();
    at++;
    space();
    if (peek() == ']') {
      at++;
      return out;
    }
    while (true) {
      out.add(value());
      space();
      char c = next();
      if (c == ']') {
        return out;
      }
      if (c != ',') {
        throw error("',' or ']' expected");
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("a \\u escape is cut short");
          }
          try {
            b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException x) {
            throw error("a \\u escape is not hexadecimal");
          }
          at += 4;
        }
        default -> throw error("an unknown escape \\" + e);
      }
    }
  }

  private Double number() {
    int from = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    try {
      return Double.valueOf(text.substring(from, at));
    } catch (NumberFormatException x) {
      at = from;
      throw error("a value should be here");
    }
  }

  private @Nullable Object literal(String word, @Nullable Object value) {
    if (!text.startsWith(word, at)) {
      throw error("a value should be here");
    }
    at += word.length();
    return value;
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw error("the text ends too soon");
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      at--;
      throw error("'" + c + "' expected");
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("not JSON at character " + at + ": " + what);
  }
}

package dev.parley.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A small streaming JSON writer, so that the library writes its JSON contract without a JSON
 * library. Pretty output is laid out as Jackson's default pretty printer lays it out (the form the
 * command line has always printed): an object's entries one a line, indented two spaces a level,
 * {@code "name" : value}; an array's values on the line, {@code [ 1, 2 ]}, objects in it opening
 * where the one before closed ({@code }, {}); empty containers {@code { }} and {@code [ ]}. Compact
 * output has no white space at all. Strings are escaped as JSON requires (quote, backslash, control
 * characters), everything else written as it is; numbers as Java writes them.
 *
 * <p>Not thread-safe: one writer per document.
 */
final class JsonWriter {

  private final Appendable out;
  private final boolean pretty;

  /** Per open container: whether it is an object, and how many values it holds so far. */
  private boolean[] object = new boolean[16];

  private int[] count = new int[16];
  private int depth;

  /** Objects open, the levels an object's entries are indented by. */
  private int objects;

  private boolean named;

  JsonWriter(Appendable out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  JsonWriter beginObject() {
    beforeValue();
    write('{');
    push(true);
    objects++;
    return this;
  }

  JsonWriter endObject() {
    objects--;
    int n = pop(true);
    if (pretty) {
      if (n > 0) {
        newline(objects);
      } else {
        write(' ');
      }
    }
    write('}');
    return this;
  }

  JsonWriter beginArray() {
    beforeValue();
    write('[');
    push(false);
    return this;
  }

  JsonWriter endArray() {
    pop(false);
    if (pretty) {
      write(' ');
    }
    write(']');
    return this;
  }

  /** Starts an entry of the object open now. */
  JsonWriter name(String name) {
    if (depth == 0 || !object[depth - 1] || named) {
      throw new IllegalStateException("a name outside an object: " + name);
    }
    if (count[depth - 1]++ > 0) {
      write(',');
    }
    if (pretty) {
      newline(objects);
    }
    string(name);
    write(pretty ? " : " : ":");
    named = true;
    return this;
  }

  JsonWriter value(String value) {
    beforeValue();
    string(value);
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    write(Long.toString(value));
    return this;
  }

  JsonWriter value(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    beforeValue();
    write(Double.toString(value));
    return this;
  }

  JsonWriter value(boolean value) {
    beforeValue();
    write(value ? "true" : "false");
    return this;
  }

  JsonWriter nullValue() {
    beforeValue();
    write("null");
    return this;
  }

  /** An entry: {@link #name} then {@link #value(String)}. */
  JsonWriter entry(String name, String value) {
    return name(name).value(value);
  }

  JsonWriter entry(String name, long value) {
    return name(name).value(value);
  }

  JsonWriter entry(String name, double value) {
    return name(name).value(value);
  }

  JsonWriter entry(String name, boolean value) {
    return name(name).value(value);
  }

  /** An entry whose value is an array of numbers. */
  JsonWriter entry(String name, java.util.List<Integer> values) {
    name(name).beginArray();
    for (int v : values) {
      value(v);
    }
    return endArray();
  }

  private void beforeValue() {
    if (depth == 0) {
      return;
    }
    if (object[depth - 1]) {
      if (!named) {
        throw new IllegalStateException("a value in an object without a name");
      }
      named = false;
      return;
    }
    if (count[depth - 1]++ > 0) {
      write(',');
    }
    if (pretty) {
      write(' ');
    }
  }

  private void push(boolean isObject) {
    if (depth == object.length) {
      object = java.util.Arrays.copyOf(object, depth * 2);
      count = java.util.Arrays.copyOf(count, depth * 2);
    }
    object[depth] = isObject;
    count[depth] = 0;
    depth++;
  }

  private int pop(boolean isObject) {
    if (depth == 0 || object[depth - 1] != isObject || named) {
      throw new IllegalStateException("unbalanced JSON");
    }
    return count[--depth];
  }

  private void newline(int levels) {
    write('\n');
    for (int i = 0; i < levels; i++) {
      write("  ");
    }
  }

  private void string(String s) {
    write('"');
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      write(s, from, i);
      from = i + 1;
      switch (c) {
        case '"' -> write("\\\"");
        case '\\' -> write("\\\\");
        case '\n' -> write("\\n");
        case '\r' -> write("\\r");
        case '\t' -> write("\\t");
        case '\b' -> write("\\b");
        case '\f' -> write("\\f");
        default -> write(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    write(s, from, s.length());
    write('"');
  }

  private void write(char c) {
    try {
      out.append(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(CharSequence s) {
    write(s, 0, s.length());
  }

  private void write(CharSequence s, int from, int to) {
    if (from == to) {
      return;
    }
    try {
      out.append(s, from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

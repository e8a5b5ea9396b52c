package dev.parley.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Reads a gzip-compressed resource the library ships beside one of its classes. */
public final class ShippedResource {

  private ShippedResource() {}

  /** Reads a resource's content. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads from {@code in}. */
    T read(InputStream in) throws IOException;
  }

  /**
   * Reads resource {@code name} of {@code owner}'s package, gunzipped, with {@code reader}.
   *
   * @throws IllegalStateException if the resource is missing (a broken build)
   * @throws UncheckedIOException if it cannot be read
   */
  public static <T> T read(Class<?> owner, String name, Reader<T> reader) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the library's " + name + " resource is missing");
    }
    try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
      return reader.read(gz);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the library's " + name, e);
    }
  }
}

package dev.parley.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The results a server was asked for, kept under its data folder so that their addresses can be
 * shared: a result's address is the hash of its kind, its settings and its texts (names and bytes),
 * so the same request has the same address, and what is kept is the request (the texts and
 * settings), from which the result is worked out again when it is read. At most a bounded number
 * are kept; beyond it the least recently read go first.
 */
final class Results {

  private static final Pattern KEY = Pattern.compile("[a-z]+-[0-9a-f]{24}");

  private final Path folder;
  private final int max;

  Results(Path folder, int max) {
    this.folder = folder;
    this.max = max;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data folder " + folder, e);
    }
  }

  /** The address of {@code s} as a result of {@code kind} ({@code compare}, {@code history}). */
  static String key(String kind, Submission s, String extra) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(
          (kind + "\n" + s.settings().key() + "\n" + extra + "\n")
              .getBytes(StandardCharsets.UTF_8));
      for (Submission.Text t : s.texts()) {
        d.update((t.name() + "\n" + t.bytes().length + "\n").getBytes(StandardCharsets.UTF_8));
        d.update(t.bytes());
      }
      return kind + "-" + HexFormat.of().formatHex(d.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /**
   * Keeps {@code s} under its address, with {@code extra} properties, and returns the address.
   * Keeping it again changes nothing.
   */
  synchronized String put(String kind, Submission s, Properties extra) {
    String key = key(kind, s, extra.toString());
    Path dir = folder.resolve(key);
    if (Files.isDirectory(dir)) {
      touch(dir);
      return key;
    }
    try {
      Path partial = Files.createTempDirectory(folder, ".partial-");
      Properties p = new Properties();
      p.putAll(extra);
      s.settings().store(p);
      p.setProperty("texts", Integer.toString(s.texts().size()));
      for (int i = 0; i < s.texts().size(); i++) {
        Submission.Text t = s.texts().get(i);
        p.setProperty("name." + i, t.name());
        Files.write(partial.resolve(i + ".txt"), t.bytes());
      }
      try (var out = Files.newBufferedWriter(partial.resolve("request.properties"))) {
        p.store(out, null);
      }
      Files.move(partial, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the result in " + folder, e);
    }
    evict();
    return key;
  }

  /** A kept request: its submission and its extra properties. */
  record Kept(Submission submission, Properties properties) {}

  /** The request kept at {@code key}, if any. */
  Optional<Kept> get(String key) {
    if (!KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    Path dir = folder.resolve(key);
    Path props = dir.resolve("request.properties");
    if (!Files.isRegularFile(props)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(props)) {
      Properties p = new Properties();
      p.load(in);
      int n = Integer.parseInt(p.getProperty("texts", "0"));
      List<Submission.Text> texts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        texts.add(
            new Submission.Text(
                p.getProperty("name." + i, "text " + i),
                Files.readAllBytes(dir.resolve(i + ".txt"))));
      }
      touch(dir);
      return Optional.of(new Kept(new Submission(texts, Settings.load(p)), p));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // evicted while read, or damaged: as if never kept
    }
  }

  private static void touch(Path dir) {
    try {
      Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // Kept all the same; it may go a little sooner.
    }
  }

  /** Drops the least recently read results beyond the bound. */
  private void evict() {
    List<Path> kept;
    try (Stream<Path> list = Files.list(folder)) {
      kept =
          list.filter(p -> KEY.matcher(p.getFileName().toString()).matches())
              .sorted(Comparator.comparing(Results::modified))
              .toList();
    } catch (IOException e) {
      return;
    }
    for (int i = 0; i < kept.size() - max; i++) {
      delete(kept.get(i));
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // Left for the next eviction.
    }
  }
}

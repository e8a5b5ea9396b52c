package dev.parley.corpus;

import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.StatementFiles;
import dev.parley.text.Token;
import dev.parley.text.Tokenizer;
import dev.parley.text.UnusableInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Statements read into word ids of a growing vocabulary. Their paragraph texts and words go to
 * files as they are read (only the vocabulary and each statement's path, delegation, year and sizes
 * stay in the heap), and {@link #build} writes the index file from them and maps it.
 */
final class IndexBuilder implements AutoCloseable {
  final Map<String, Integer> ids = new HashMap<>();
  final List<String> vocabulary = new ArrayList<>();
  final List<IndexFile.Entry> entries = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  /** The folder the statements' paths are relative to, as an absolute path; empty if none. */
  String root = "";

  /** Where the texts and words are spilled while reading. */
  private final Path spill;

  private final Path textFile;
  private final Path wordFile;
  private final Path paragraphWordFile;
  private final OutputStream texts;
  private final OutputStream words;
  private final OutputStream paragraphWords;

  /**
   * Indexes every {@code *.txt} file under {@code folder}, searched recursively, on all cores, each
   * named by its path relative to {@code folder}.
   */
  static CorpusIndex index(Path folder, Normalizer normalizer, CorpusIndex.Progress progress) {
    List<Path> files = StatementFiles.of(folder);
    try (IndexBuilder b = new IndexBuilder(null)) {
      b.root = folder.toAbsolutePath().normalize().toString();
      b.read(files, f -> slashes(folder.relativize(f)), normalizer, progress);
      if (b.entries.isEmpty()) {
        throw new UnusableInputException(
            folder.toString(),
            files.isEmpty()
                ? "holds no .txt files"
                : "holds no statement that could be read (" + b.skipped.get(0) + ")");
      }
      return b.build();
    }
  }

  /** An index of statements whose words are given as ids into {@code vocabulary} (for tests). */
  static CorpusIndex of(String[] vocabulary, List<CorpusDocument> documents, int[][] words) {
    try (IndexBuilder b = new IndexBuilder(null)) {
      b.vocabulary.addAll(List.of(vocabulary));
      for (int d = 0; d < documents.size(); d++) {
        b.add(
            documents.get(d),
            words[d],
            documents.get(d).paragraphs().stream()
                .mapToInt(p -> Tokenizer.tokenize(p).size())
                .toArray());
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code index} with the statements of {@code files} added after its own, each named as {@link
   * #name} names it; a file already in the index by that name is left out and listed.
   */
  static CorpusIndex extend(
      CorpusIndex index, List<Path> files, Normalizer normalizer, CorpusIndex.Progress progress) {
    try (IndexBuilder b = new IndexBuilder(index)) {
      java.util.Set<String> known = new java.util.HashSet<>();
      index.documents.forEach(d -> known.add(d.path()));
      List<Path> fresh = new ArrayList<>();
      for (Path f : files) {
        String name = name(index.root, f);
        if (!known.add(name)) {
          b.skipped.add(name + ": already in the index");
        } else {
          fresh.add(f);
        }
      }
      b.read(fresh, f -> name(index.root, f), normalizer, progress);
      return b.build();
    }
  }

  /**
   * The name a file goes by in an index whose statements were read from folder {@code root}: its
   * path relative to that folder, with {@code /} separators ({@code ../new/2025/X.txt} for a file
   * beside it), so that the statements indexed with the folder and the ones added later are named
   * one way; its path as given where the index knows no folder, or the file is on another drive.
   */
  static String name(String root, Path file) {
    if (root.isEmpty()) {
      return slashes(file);
    }
    Path folder = Path.of(root);
    Path absolute = file.toAbsolutePath().normalize();
    if (!java.util.Objects.equals(folder.getRoot(), absolute.getRoot())) {
      return slashes(file);
    }
    return slashes(folder.relativize(absolute));
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }

  /** A builder holding nothing, or what {@code start} holds (its root too). */
  private IndexBuilder(@Nullable CorpusIndex start) {
    try {
      spill = Files.createTempDirectory("parley-index-");
      textFile = spill.resolve("texts");
      wordFile = spill.resolve("words");
      paragraphWordFile = spill.resolve("paragraph-words");
      texts = new java.io.BufferedOutputStream(Files.newOutputStream(textFile), 1 << 16);
      words = new java.io.BufferedOutputStream(Files.newOutputStream(wordFile), 1 << 16);
      paragraphWords =
          new java.io.BufferedOutputStream(Files.newOutputStream(paragraphWordFile), 1 << 16);
      if (start != null) {
        vocabulary.addAll(List.of(start.vocabulary));
        for (int t = 0; t < vocabulary.size(); t++) {
          ids.put(vocabulary.get(t), t);
        }
        skipped.addAll(start.skipped);
        root = start.root;
        // The indexed statements' texts and words are copied as they stand in the file.
        entries.addAll(start.entries());
        start.copySections(texts, words, paragraphWords);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file: " + e.getMessage(), e);
    }
  }

  /** Adds a statement whose words are already ids into the vocabulary (for tests). */
  void add(CorpusDocument d, int[] w, int[] wordsPerParagraph) throws IOException {
    long bytes = 0;
    for (String p : d.paragraphs()) {
      bytes += paragraph(p);
    }
    entries.add(
        new IndexFile.Entry(
            d.path(), d.delegation(), d.year(), d.paragraphs().size(), w.length, bytes));
    IndexWriting.writeInts(words, w);
    IndexWriting.writeInts(paragraphWords, wordsPerParagraph);
  }

  /** Spills one paragraph's text; returns the bytes it takes. */
  private long paragraph(String text) throws IOException {
    byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] length = new byte[4];
    java.nio.ByteBuffer.wrap(length).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(b.length);
    texts.write(length);
    texts.write(b);
    return 4L + b.length;
  }

  void read(
      List<Path> files,
      java.util.function.Function<Path, String> name,
      Normalizer normalizer,
      CorpusIndex.Progress progress) {
    AtomicInteger done = new AtomicInteger();
    // In chunks, so that only a chunk's statements (with their originals, sentences and spans)
    // are held at once, never the whole folder's.
    int chunk = 256;
    for (int from = 0; from < files.size(); from += chunk) {
      List<Path> part = files.subList(from, Math.min(files.size(), from + chunk));
      List<Object> read =
          part.parallelStream()
              .map(
                  p -> {
                    Object r;
                    try {
                      r = normalizer.read(p);
                    } catch (UnusableInputException e) {
                      r = e.getMessage();
                    }
                    progress.step(done.incrementAndGet(), files.size());
                    return r;
                  })
              .toList();
      for (int f = 0; f < part.size(); f++) {
        try {
          add(part.get(f), read.get(f), name);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write a temporary file: " + e.getMessage(), e);
        }
      }
    }
  }

  private void add(Path file, Object read, java.util.function.Function<Path, String> name)
      throws IOException {
    if (read instanceof String problem) {
      skipped.add(problem);
      return;
    }
    Statement s = (Statement) read;
    List<Paragraph> body = s.bodyParagraphs();
    List<List<Token>> tokens = new ArrayList<>(body.size()); // each paragraph read once
    int count = 0;
    for (Paragraph p : body) {
      List<Token> own = p.tokens();
      tokens.add(own);
      count += own.size();
    }
    if (count == 0) {
      skipped.add(s.source() + ": no words in its body paragraphs");
      return;
    }
    int[] w = new int[count];
    int[] perParagraph = new int[body.size()];
    int k = 0;
    long bytes = 0;
    for (int p = 0; p < body.size(); p++) {
      bytes += paragraph(body.get(p).text());
      perParagraph[p] = tokens.get(p).size();
      for (Token t : tokens.get(p)) {
        Integer id = ids.get(t.match());
        if (id == null) {
          id = vocabulary.size();
          ids.put(t.match(), id);
          vocabulary.add(t.match());
        }
        w[k++] = id;
      }
    }
    IndexWriting.writeInts(words, w);
    IndexWriting.writeInts(paragraphWords, perParagraph);
    String fileName = file.getFileName().toString();
    entries.add(
        new IndexFile.Entry(
            name.apply(file),
            StatementFacts.delegation(s.metadata().delegation(), fileName),
            StatementFacts.year(s.metadata().date(), fileName),
            body.size(),
            count,
            bytes));
  }

  /** Writes the index file beside the spilled texts and words, maps it, and checks it. */
  CorpusIndex build() {
    Path index = spill.resolve("index");
    try {
      texts.close();
      words.close();
      paragraphWords.close();
      IndexWriting.create(
          index, root, vocabulary, entries, skipped, textFile, wordFile, paragraphWordFile);
      return IndexReading.open(Store.map(index), index.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file: " + e.getMessage(), e);
    }
  }

  /** Deletes the files (a mapped index stays readable until it is no longer used). */
  @Override
  public void close() {
    try {
      texts.close();
      words.close();
      paragraphWords.close();
      try (var list = Files.list(spill)) {
        for (Path p : list.toList()) {
          try {
            Files.deleteIfExists(p);
          } catch (IOException e) {
            p.toFile().deleteOnExit();
          }
        }
      }
      Files.deleteIfExists(spill);
    } catch (IOException e) {
      spill.toFile().deleteOnExit();
    }
  }
}

package dev.parley.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.Parley;
import dev.parley.text.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The corpus index over nine real General Debate speeches and over planted passages. */
final class CorpusIndexTest {

  private static final String[] FILES = {
    "1996/PLW_51_1996.txt", "1996/UZB_51_1996.txt", "2019/CHE_74_2019.txt",
    "2019/ERI_74_2019.txt", "2019/JOR_74_2019.txt", "2019/RWA_74_2019.txt",
    "2020/DNK_75_2020.txt", "2020/ERI_75_2020.txt", "2020/RWA_75_2020.txt"
  };

  @TempDir static Path corpusDir;

  static CorpusIndex index;

  @BeforeAll
  static void indexTheFixtures() throws IOException {
    for (String f : FILES) {
      Path target = corpusDir.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = CorpusIndexTest.class.getResourceAsStream("/corpus/" + f)) {
        Files.write(target, in.readAllBytes());
      }
    }
    index = CorpusIndex.build(corpusDir, CorpusIndex.Progress.NONE);
  }

  private static int id(String path) {
    return index.documents().stream()
        .filter(d -> d.path().equals(path))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void indexesEveryFileWithDelegationAndYearFromItsName() {
    assertThat(index.documents()).extracting(CorpusDocument::path).containsExactly(FILES);
    assertThat(index.skipped()).isEmpty();
    CorpusDocument eritrea = index.documents().get(id("2019/ERI_74_2019.txt"));
    assertThat(eritrea.delegation()).isEqualTo("ERI");
    assertThat(eritrea.year()).isEqualTo(2019);
    assertThat(eritrea.words()).isGreaterThan(300);
    assertThat(eritrea.paragraphs()).isNotEmpty();
  }

  @Test
  void delegationsAreCodesWhetherNamedInTheFileNameOrTheText(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("kazakhstan-general-debate-2007.txt"), PASSAGE + ".");
    Files.writeString(
        dir.resolve("statement.txt"),
        "Statement by the Permanent Representative of the Kyrgyz Republic\n\nWe hold that "
            + PASSAGE
            + ".");
    Files.writeString(dir.resolve("notes-2001.txt"), PASSAGE + ".");
    CorpusIndex some = CorpusIndex.build(dir, CorpusIndex.Progress.NONE);
    assertThat(some.documents())
        .extracting(CorpusDocument::path, CorpusDocument::delegation, CorpusDocument::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kazakhstan-general-debate-2007.txt", "KAZ", 2007),
            org.assertj.core.groups.Tuple.tuple("notes-2001.txt", "", 2001),
            org.assertj.core.groups.Tuple.tuple("statement.txt", "KGZ", 0));
  }

  @Test
  void progressReachesTheTotal() {
    AtomicInteger last = new AtomicInteger();
    CorpusIndex.build(corpusDir, (done, total) -> last.accumulateAndGet(done, Math::max));
    assertThat(last.get()).isEqualTo(FILES.length);
  }

  @Test
  void nearestAgreesWithTheExhaustiveSearchAndFindsTheSameDelegation() {
    for (int d = 0; d < FILES.length; d++) {
      assertThat(index.nearest(d, 3)).isEqualTo(index.nearestExhaustive(d, 3));
      assertThat(index.nearest(d, 3)).extracting(Neighbour::document).doesNotContain(d);
    }
    assertThat(index.nearest(id("2019/ERI_74_2019.txt"), 1))
        .singleElement()
        .satisfies(n -> assertThat(n.document()).isEqualTo(id("2020/ERI_75_2020.txt")));
    // What they share: Eritrea and its matters, not the words of every speech.
    List<String> shared = index.nearest(id("2019/ERI_74_2019.txt"), 1).get(0).shared();
    assertThat(shared).hasSizeBetween(1, Neighbour.SHARED).contains("eritrea");
    assertThat(shared).doesNotContain("united", "nations", "international", "effort", "eritrea's");
    List<List<Neighbour>> all = index.nearestAll(2, CorpusIndex.Progress.NONE);
    assertThat(all).hasSize(FILES.length);
    assertThat(all.get(0)).isEqualTo(index.nearest(0, 2));
    assertThat(all)
        .allSatisfy(
            l -> assertThat(l).allSatisfy(n -> assertThat(n.similarity()).isBetween(0.0, 1.0)));
  }

  @Test
  void aStatementOutsideTheIndexFindsItsCopyFirst() throws IOException {
    var statement = Parley.defaults().normalize(corpusDir.resolve("2020/RWA_75_2020.txt"));
    List<Neighbour> near = index.nearest(statement, 2);
    assertThat(near.get(0).document()).isEqualTo(id("2020/RWA_75_2020.txt"));
    assertThat(near.get(0).similarity())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(near.get(1).document()).isEqualTo(id("2019/RWA_74_2019.txt"));
    // Read from the index's own file, it is left out of its own neighbours.
    int itself = index.idOf(corpusDir.resolve("2020/RWA_75_2020.txt"));
    assertThat(itself).isEqualTo(id("2020/RWA_75_2020.txt"));
    assertThat(index.nearest(statement, 1, itself))
        .extracting(Neighbour::document)
        .containsExactly(id("2019/RWA_74_2019.txt"));
  }

  @Test
  void eritreasReusedPassagesAreFoundWithBothLocations() {
    List<ReusedPassage> passages = index.reuse(25, CorpusIndex.Progress.NONE);
    assertThat(passages).isNotEmpty();
    assertThat(passages)
        .allSatisfy(
            p -> {
              assertThat(p.words()).isGreaterThanOrEqualTo(25);
              assertThat(p.left().document()).isEqualTo(id("2019/ERI_74_2019.txt"));
              assertThat(p.right().document()).isEqualTo(id("2020/ERI_75_2020.txt"));
              String leftParagraph =
                  index
                      .documents()
                      .get(p.left().document())
                      .paragraphs()
                      .get(p.left().firstParagraph());
              assertThat(leftParagraph).contains(p.left().text().split(" ")[0]);
            });
    assertThat(passages)
        .anySatisfy(
            p -> {
              assertThat(p.left().text()).contains("Africa’s resources were plundered wantonly");
              assertThat(p.right().text()).contains("Africa’s resources were plundered wantonly");
            });
  }

  /** A corpus with more seeds than one pass holds is cut into passes; the passages are the same. */
  @Test
  void passesOverRangesOfStatementsFindWhatOnePassFinds() {
    List<ReusedPassage> whole = index.reuse(12, CorpusIndex.Progress.NONE);
    List<ReusedPassage> streamed = new ArrayList<>();
    AtomicInteger lastStep = new AtomicInteger();
    Reuse.find(index, 12, (done, total) -> lastStep.set(total - done), streamed::add, 1);
    assertThat(whole).isNotEmpty();
    assertThat(streamed).isEqualTo(whole);
    assertThat(lastStep).hasValue(0);
  }

  @Test
  void minimumPassageLengthIsChecked() {
    assertThatThrownBy(() -> index.reuse(3, CorpusIndex.Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 7 words");
    assertThatThrownBy(() -> index.nearest(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  // --- planted passages

  private static final String PASSAGE =
      "the international community must redouble its efforts to ensure that the benefits of"
          + " globalization are shared by all the peoples of the developing world and that no"
          + " country is left behind in the march towards sustainable development";

  private static String filler(Random random, int words) {
    String[] vocabulary = {
      "peace", "security", "region", "cooperation", "dialogue", "council", "reform", "climate",
      "water", "trade", "youth", "health", "energy", "borders", "refugees", "justice"
    };
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 9 == 8 ? ". " : " ");
    }
    return b.toString();
  }

  @Test
  void aPassageWithAChangedAndADroppedWordIsOnePassage(@TempDir Path dir) throws IOException {
    Random random = new Random(3);
    String edited =
        PASSAGE
            .replace("redouble its efforts", "double its efforts")
            .replace("of the developing", "of developing");
    Files.writeString(
        dir.resolve("AAA_56_2001.txt"),
        "Mr. President.\n\n" + filler(random, 200) + PASSAGE + ". " + filler(random, 100));
    Files.writeString(
        dir.resolve("BBB_57_2002.txt"),
        "Madam President.\n\n" + filler(random, 50) + edited + ". " + filler(random, 150));
    CorpusIndex planted = CorpusIndex.build(dir, CorpusIndex.Progress.NONE);
    List<ReusedPassage> passages = planted.reuse(20, CorpusIndex.Progress.NONE);
    assertThat(passages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.left().text())
                  .contains("international community must redouble")
                  .endsWith("sustainable development");
              assertThat(p.right().text())
                  .contains("international community must double")
                  .endsWith("sustainable development");
              assertThat(p.words()).isGreaterThanOrEqualTo(PASSAGE.split(" ").length - 2);
            });
  }

  @Test
  void versionsOfOneDelegationsStatementOfOneYearAreNotReuse(@TempDir Path dir) throws IOException {
    Random random = new Random(5);
    Files.writeString(dir.resolve("CCC_56_2001.txt"), filler(random, 100) + PASSAGE + ". ");
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("drafts/CCC_56_2001.txt"), PASSAGE + ". " + filler(random, 100));
    CorpusIndex planted = CorpusIndex.build(dir, CorpusIndex.Progress.NONE);
    assertThat(planted.reuse(20, CorpusIndex.Progress.NONE)).isEmpty();
  }

  /**
   * Winnowing's guarantee, over seeded random statements: a shared run of exactly the asked length,
   * anywhere, is found.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void aSharedRunOfTheAskedLengthIsAlwaysFound(int seed) {
    Random random = new Random(seed);
    int minWords = 8 + random.nextInt(30);
    int[] a = random.ints(200 + random.nextInt(300), 0, 5_000).toArray();
    int[] b = random.ints(200 + random.nextInt(300), 0, 5_000).toArray();
    int at = random.nextInt(a.length - minWords);
    int bt = random.nextInt(b.length - minWords);
    System.arraycopy(a, at, b, bt, minWords);
    CorpusIndex planted = fromWords(a, b);
    assertThat(planted.reuse(minWords, CorpusIndex.Progress.NONE))
        .anySatisfy(
            p -> {
              assertThat(p.left().firstWord()).isLessThanOrEqualTo(at);
              assertThat(p.left().endWord()).isGreaterThanOrEqualTo(at + minWords);
              assertThat(p.right().firstWord()).isLessThanOrEqualTo(bt);
            });
  }

  private static CorpusIndex fromWords(int[]... docs) {
    String[] vocabulary = IntStream.range(0, 5_000).mapToObj(i -> "w" + i).toArray(String[]::new);
    List<CorpusDocument> documents = new ArrayList<>();
    for (int d = 0; d < docs.length; d++) {
      String text =
          IntStream.of(docs[d])
              .mapToObj(t -> vocabulary[t])
              .collect(java.util.stream.Collectors.joining(" "));
      documents.add(
          new CorpusDocument(d, "doc" + d + ".txt", "D" + d, 2000, List.of(text), docs[d].length));
    }
    return CorpusIndex.of(vocabulary, documents, docs);
  }

  // --- the file

  @Test
  void writesAndReadsBackTheSameIndex(@TempDir Path dir) {
    Path file = dir.resolve("corpus.parley-index");
    index.write(file);
    CorpusIndex back = CorpusIndex.read(file);
    assertThat(back.documents()).isEqualTo(index.documents());
    assertThat(back.vocabularySize()).isEqualTo(index.vocabularySize());
    for (int d = 0; d < FILES.length; d++) {
      assertThat(back.nearest(d, 3)).isEqualTo(index.nearest(d, 3));
    }
    assertThat(back.reuse(10, CorpusIndex.Progress.NONE))
        .isEqualTo(index.reuse(10, CorpusIndex.Progress.NONE));
  }

  @Test
  void aWrongOrDamagedFileIsRefusedWithOneClearLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("corpus.parley-index");
    index.write(file);
    byte[] good = Files.readAllBytes(file);

    Path text = Files.writeString(dir.resolve("notes.txt"), "Mr. President, this is a speech.");
    assertRefused(text, "not a Parley corpus index");

    byte[] otherVersion = good.clone();
    otherVersion[IndexFile.MAGIC.length + 3] = 9;
    assertRefused(
        Files.write(dir.resolve("v9.idx"), otherVersion),
        "corpus index of format version 9; this Parley reads version " + IndexFile.VERSION);

    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    assertRefused(Files.write(dir.resolve("half.idx"), truncated), "damaged corpus index");

    byte[] flipped = good.clone();
    flipped[good.length - 20] ^= 0x10;
    assertRefused(Files.write(dir.resolve("flipped.idx"), flipped), "damaged corpus index");

    assertRefused(dir.resolve("missing.idx"), "no such file");
    assertRefused(dir, "is a folder");
  }

  /**
   * A file whose checksum is right but whose numbers are not (written by a broken writer, or
   * forged) is refused too: every id is checked before a search could read past an array.
   */
  @Test
  void aFileWithAnIdOutOfRangeButARightChecksumIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("corpus.parley-index");
    index.write(file);
    java.nio.ByteBuffer bytes =
        java.nio.ByteBuffer.wrap(Files.readAllBytes(file)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int header = IndexFile.MAGIC.length + 4;
    long words = bytes.getLong(header + 8 * IndexFile.WORDS);
    long postings = bytes.getLong(header + 8 * IndexFile.PDOCS);
    long end = bytes.getLong(header + 8 * IndexFile.SECTIONS);

    bytes.putInt((int) words + 40, index.vocabularySize());
    resum(bytes, end);
    assertRefused(
        Files.write(dir.resolve("word.idx"), bytes.array()),
        "damaged corpus index (a word out of range)");

    index.write(file);
    bytes =
        java.nio.ByteBuffer.wrap(Files.readAllBytes(file)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    bytes.putInt((int) postings, -1);
    resum(bytes, end);
    assertRefused(
        Files.write(dir.resolve("posting.idx"), bytes.array()),
        "damaged corpus index (a posting out of range)");
  }

  /**
   * Seeded random damage behind a right checksum (as a broken writer or a forger would leave): the
   * index is refused with one line, or it opens and answers, never another exception.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void damageBehindARightChecksumIsRefusedOrHarmless(int seed, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("corpus.parley-index");
    index.write(file);
    byte[] good = Files.readAllBytes(file);
    java.nio.ByteBuffer bytes =
        java.nio.ByteBuffer.wrap(good).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long end = bytes.getLong(IndexFile.MAGIC.length + 4 + 8 * IndexFile.SECTIONS);
    Random random = new Random(seed);
    int flips = 1 + random.nextInt(4);
    for (int f = 0; f < flips; f++) {
      int at = IndexFile.MAGIC.length + 4 + random.nextInt((int) end - IndexFile.MAGIC.length - 4);
      good[at] = (byte) random.nextInt(256);
    }
    resum(bytes, end);
    Path damaged = Files.write(dir.resolve("damaged.idx"), good);
    CorpusIndex read;
    try {
      read = CorpusIndex.read(damaged);
    } catch (UnusableInputException e) {
      assertThat(e.getMessage()).startsWith(damaged + ": ").doesNotContain("\n");
      return;
    }
    try {
      for (int d = 0; d < read.documents().size(); d++) {
        read.nearest(d, 3);
        read.documents().get(d).paragraphs().forEach(String::length);
      }
      read.reuse(10, CorpusIndex.Progress.NONE);
    } catch (UnusableInputException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
    }
  }

  private static void resum(java.nio.ByteBuffer bytes, long end) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes.array(), 0, (int) end);
    bytes.putLong((int) end, crc.getValue());
  }

  private static void assertRefused(Path file, String problem) {
    assertThatThrownBy(() -> CorpusIndex.read(file))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith(file + ": " + problem)
        .hasMessageNotContaining("\n");
  }

  @Test
  void aMissingOrEmptyFolderIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> CorpusIndex.build(dir.resolve("nope"), CorpusIndex.Progress.NONE))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(dir.resolve("nope") + ": no such folder");
    assertThatThrownBy(() -> CorpusIndex.build(dir, CorpusIndex.Progress.NONE))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(dir + ": holds no .txt files");
  }

  @Test
  void unusableFilesAreSkippedAndListed(@TempDir Path dir) throws IOException, URISyntaxException {
    Files.writeString(dir.resolve("AAA_56_2001.txt"), PASSAGE + ".");
    Files.write(dir.resolve("broken.txt"), new byte[] {1, 0, 2, 0});
    CorpusIndex some = CorpusIndex.build(dir, CorpusIndex.Progress.NONE);
    assertThat(some.documents()).hasSize(1);
    assertThat(some.skipped())
        .containsExactly(dir.resolve("broken.txt") + ": binary data (NUL bytes), not text");
  }

  @Test
  void addingStatementsGivesWhatIndexingThemAllGives(@TempDir Path dir) throws IOException {
    Path older = dir.resolve("older");
    List<Path> added = new ArrayList<>();
    for (String f : FILES) {
      Path from = corpusDir.resolve(f);
      if (f.startsWith("2020/")) {
        added.add(from);
      } else {
        Path to = older.resolve(f);
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
    Path scan = Files.write(dir.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1});
    CorpusIndex first = CorpusIndex.build(older, CorpusIndex.Progress.NONE);
    Path file = dir.resolve("statements.parley-index");
    first.write(file);
    List<Path> toAdd = new ArrayList<>(added);
    toAdd.add(scan);
    toAdd.add(added.get(0)); // twice: the second is left out
    CorpusIndex grown =
        CorpusIndex.read(file)
            .add(toAdd, dev.parley.text.Normalizer.defaults(), CorpusIndex.Progress.NONE);
    grown.write(file);
    CorpusIndex loaded = CorpusIndex.read(file);

    assertThat(loaded.documents()).hasSize(FILES.length);
    assertThat(loaded.skipped())
        .anySatisfy(x -> assertThat(x).contains("scan.txt").contains("binary data"))
        .anySatisfy(x -> assertThat(x).endsWith(": already in the index"));
    assertThat(loaded.documents().get(FILES.length - 1).year()).isEqualTo(2020);
    // Every path relative to the folder indexed, the added ones too.
    assertThat(loaded.root()).isEqualTo(older.toAbsolutePath().normalize().toString());
    assertThat(loaded.documents())
        .extracting(CorpusDocument::path)
        .contains("2019/ERI_74_2019.txt")
        .contains(
            older
                .toAbsolutePath()
                .normalize()
                .relativize(added.get(1).toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/'))
        .allSatisfy(p -> assertThat(Path.of(p).isAbsolute()).isFalse());
    int eritrea2020 = loaded.idOf(added.get(0).getParent().resolve("ERI_75_2020.txt"));
    assertThat(loaded.documents().get(eritrea2020).path()).endsWith("2020/ERI_75_2020.txt");
    assertThat(loaded.idOf(dir.resolve("elsewhere.txt"))).isEqualTo(-1);
    // The same neighbours and passages as an index of all of them built at once.
    for (CorpusDocument d : loaded.documents()) {
      String name = tail(d.path());
      int whole =
          index.documents().stream()
              .filter(x -> tail(x.path()).equals(name))
              .findFirst()
              .orElseThrow()
              .id();
      List<String> near =
          loaded.nearest(d.id(), 3).stream()
              .map(n -> tail(loaded.documents().get(n.document()).path()))
              .toList();
      List<String> expected =
          index.nearest(whole, 3).stream()
              .map(n -> tail(index.documents().get(n.document()).path()))
              .toList();
      assertThat(near).as(name).isEqualTo(expected);
    }
    assertThat(loaded.reuse(25, CorpusIndex.Progress.NONE))
        .hasSameSizeAs(index.reuse(25, CorpusIndex.Progress.NONE));
  }

  private static String tail(String path) {
    return path.substring(path.length() - 15);
  }
}

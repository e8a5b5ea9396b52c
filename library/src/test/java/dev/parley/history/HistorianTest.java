package dev.parley.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.Parley;
import dev.parley.diff.DiffOp;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Histories of a real speech drafted through several versions. */
final class HistorianTest {

  private static final Statement KAZ = read("kazakhstan-general-debate-2006.txt");
  private static final Statement KGZ = read("kyrgyzstan-general-debate-2006.txt");
  private static final Parley PARLEY = Parley.defaults();

  static Statement read(String name) {
    try (InputStream in = HistorianTest.class.getResourceAsStream("/align/" + name)) {
      return Normalizer.defaults().normalize(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> texts(Statement s) {
    return new ArrayList<>(s.paragraphs().stream().map(Paragraph::text).toList());
  }

  static Statement statement(String name, List<String> paragraphs) {
    return Normalizer.defaults().normalize(name, String.join("\n\n", paragraphs));
  }

  @Test
  void aParagraphDroppedAndBroughtBackIsRestoredFromItsLastOccurrence() {
    List<String> v0 = texts(KAZ);
    List<String> v1 = new ArrayList<>(v0);
    String dropped = v1.remove(6);
    List<String> v2 = new ArrayList<>(v1);
    List<String> v3 = new ArrayList<>(v1);
    v3.add(6, dropped + " We stand ready to contribute to that work.");
    History h =
        PARLEY.history(
            List.of(
                statement("v0", v0),
                statement("v1", v1),
                statement("v2", v2),
                statement("v3", v3)));

    assertThat(h.links(HistoryLink.Type.RESTORE)).hasSize(1);
    HistoryLink restore = h.links(HistoryLink.Type.RESTORE).get(0);
    assertThat(restore.from()).isEqualTo(new Place(0, 6));
    assertThat(restore.to()).isEqualTo(new Place(3, 6));
    assertThat(restore.score()).isGreaterThan(0.8);
    assertThat(restore.diff()).extracting(DiffOp::op).contains(DiffOp.Op.INSERT);
    assertThat(restore.sentences()).isNotEmpty();

    Lineage lineage = h.lineageOf(new Place(3, 6)).orElseThrow();
    assertThat(lineage.members()).containsExactly(new Place(0, 6), new Place(3, 6));
    assertThat(lineage.first()).isZero();
    assertThat(lineage.last()).isEqualTo(3);
    assertThat(lineage.gaps()).containsExactly(1, 2);
    // The paragraph's phrases were said in v0, dropped in v1, and said again in v3.
    assertThat(h.phrases())
        .anySatisfy(
            p -> {
              assertThat(p.versions()).containsExactly(0, 3);
              assertThat(p.introduced()).isZero();
              assertThat(p.dropped()).isEmpty();
            });
  }

  @Test
  void aSplitGivesOneLinkFromTheSplitParagraphToEachPart() {
    List<String> v1 = texts(KAZ);
    String p = v1.get(4);
    int cut = p.indexOf(". ", p.length() / 2) + 1;
    v1.set(4, p.substring(0, cut));
    v1.add(5, p.substring(cut + 1));
    History h = PARLEY.history(List.of(KAZ, statement("v1", v1)));
    assertThat(h.links().stream().filter(l -> l.from().equals(new Place(0, 4))))
        .extracting(HistoryLink::type, HistoryLink::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(HistoryLink.Type.SPLIT, new Place(1, 4)),
            org.assertj.core.groups.Tuple.tuple(HistoryLink.Type.SPLIT, new Place(1, 5)));
    assertThat(h.links())
        .allSatisfy(
            l -> {
              assertThat(l.to().version()).isEqualTo(1);
              assertThat(l.score()).isBetween(0.0, 1.0);
            });
    assertThat(h.lineageOf(new Place(1, 5))).isEqualTo(h.lineageOf(new Place(0, 4)));
  }

  @Test
  void identicalVersionsAreOneLineagePerParagraphAndEveryPhraseInEveryVersion() {
    History h = PARLEY.history(List.of(KAZ, KAZ, KAZ));
    assertThat(h.links()).hasSize(2 * KAZ.paragraphs().size());
    assertThat(h.links()).allSatisfy(l -> assertThat(l.type()).isEqualTo(HistoryLink.Type.MATCH));
    assertThat(h.lineages()).hasSize(KAZ.paragraphs().size());
    assertThat(h.lineages()).allSatisfy(l -> assertThat(l.versions()).containsExactly(0, 1, 2));
    assertThat(h.phrases())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.versions()).containsExactly(0, 1, 2);
              assertThat(p.dropped()).isEmpty();
            });
    // Phrases, not whole sentences: none runs across punctuation.
    assertThat(h.phrases())
        .extracting(PhraseTimeline::text)
        .anyMatch(t -> t.contains("Semipalatinsk"))
        .allMatch(t -> !t.contains(", ") && !t.contains(". "));
  }

  @Test
  void anotherDelegationsParagraphsAreNeverRestores() {
    // No echo: version 2 takes in paragraphs of another delegation where version 1 dropped some.
    List<String> v1 = texts(KAZ);
    for (int k = 0; k < 4; k++) {
      v1.remove(3 + 3 * k);
    }
    List<String> v2 = new ArrayList<>(v1);
    List<String> donors = texts(KGZ);
    for (int k = 0; k < 4; k++) {
      v2.add(3 + 3 * k, donors.get(2 + 3 * k));
    }
    History h = PARLEY.history(List.of(KAZ, statement("v1", v1), statement("v2", v2)));
    assertThat(h.links(HistoryLink.Type.RESTORE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void everyParagraphIsInExactlyOneLineageAndLinksRunForward(int seed) {
    Random random = new Random(seed);
    List<Statement> versions = new ArrayList<>();
    List<String> current = texts(KAZ);
    List<String> donors = texts(KGZ);
    versions.add(KAZ);
    for (int v = 1; v < 6; v++) {
      for (int k = 0; k < 3; k++) {
        int i = random.nextInt(current.size());
        switch (random.nextInt(3)) {
          case 0 -> current.remove(i);
          case 1 -> current.add(i, donors.get(random.nextInt(donors.size())));
          default -> current.add(random.nextInt(current.size()), current.remove(i));
        }
      }
      versions.add(statement("v" + v, current));
      current = new ArrayList<>(current);
    }
    History h = PARLEY.history(versions);
    Set<Place> seen = new HashSet<>();
    for (Lineage l : h.lineages()) {
      for (Place m : l.members()) {
        assertThat(seen.add(m)).as("%s in one lineage", m).isTrue();
      }
    }
    int all = versions.stream().mapToInt(s -> s.paragraphs().size()).sum();
    assertThat(seen).hasSize(all);
    for (HistoryLink l : h.links()) {
      assertThat(l.to().version()).isGreaterThan(l.from().version());
      if (l.type().isDescent()) {
        assertThat(h.lineageOf(l.from())).isEqualTo(h.lineageOf(l.to()));
      }
    }
  }

  @Test
  void aVersionWithNoBodyParagraphAndTwoHundredVersionsWork() {
    Statement salutation = Normalizer.defaults().normalize("empty", "Mr. President,");
    History h = PARLEY.history(List.of(KAZ, salutation, KAZ));
    assertThat(h.versions()).hasSize(3);
    // Everything KAZ held comes back in version 2: restored from version 0.
    assertThat(h.links(HistoryLink.Type.RESTORE)).hasSizeGreaterThan(KAZ.paragraphs().size() / 2);

    List<String> paragraphs = texts(KAZ).subList(0, 8);
    List<Statement> many =
        IntStream.range(0, 200)
            .mapToObj(
                v -> {
                  List<String> p = new ArrayList<>(paragraphs);
                  p.set(v % 8, p.get(v % 8) + " Version " + v + ".");
                  return statement("v" + v, p);
                })
            .toList();
    History long200 = PARLEY.history(many);
    assertThat(long200.versions()).hasSize(200);
    assertThat(long200.lineages()).hasSize(8);
  }

  @Test
  void fewerThanTwoVersionsAreRefused() {
    assertThatThrownBy(() -> PARLEY.history(List.of(KAZ)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two versions");
    assertThatThrownBy(() -> PARLEY.history(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Statement readHistory(String name) {
    try (InputStream in = HistorianTest.class.getResourceAsStream("/history/" + name)) {
      return Normalizer.defaults().normalize(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aParagraphComesBackOnItsWordsNotOnTheDelegationsStandingPhrases() {
    // Kazakhstan, 2008 to 2010. The 2008 thanks for help with the Aral Sea and Semipalatinsk,
    // left out in 2009, come back in 2010: a restore. The 2008 initiative on climate change and
    // the 2010 candidature to the Human Rights Council share "Kazakhstan has put forward": none.
    History h =
        PARLEY.history(
            List.of(
                readHistory("kazakhstan-general-debate-2008.txt"),
                readHistory("kazakhstan-general-debate-2009.txt"),
                readHistory("kazakhstan-general-debate-2010.txt")));
    List<HistoryLink> restores = h.links(HistoryLink.Type.RESTORE);
    assertThat(restores)
        .anySatisfy(
            l -> {
              assertThat(l.from()).isEqualTo(new Place(0, 14));
              assertThat(l.to()).isEqualTo(new Place(2, 25));
            });
    assertThat(restores).noneMatch(l -> l.to().equals(new Place(2, 27)));
  }
}

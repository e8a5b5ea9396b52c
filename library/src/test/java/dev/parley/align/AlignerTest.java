package dev.parley.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.diff.DiffOp;
import dev.parley.similarity.CommonPhrases;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.WordSequence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Versions and delegations alignment of a real speech and edited versions of it. */
final class AlignerTest {

  private static final Statement KAZ = read("kazakhstan-general-debate-2006.txt");
  private static final Statement KGZ = read("kyrgyzstan-general-debate-2006.txt");
  private static final Aligner ALIGNER = Aligner.defaults();

  static Statement read(String name) {
    return readResource("/align/" + name);
  }

  static Statement readResource(String resource) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    try (InputStream in = AlignerTest.class.getResourceAsStream(resource)) {
      return Normalizer.defaults().normalize(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> texts(Statement s) {
    return new ArrayList<>(s.paragraphs().stream().map(Paragraph::text).toList());
  }

  static Statement statement(List<String> paragraphs) {
    return Normalizer.defaults().normalize("edited", String.join("\n\n", paragraphs));
  }

  private static Alignment versions(List<String> edited) {
    return ALIGNER.align(KAZ, statement(edited), Alignment.Mode.VERSIONS);
  }

  private static Link linkOfLeft(Alignment a, int left) {
    return a.links().stream().filter(l -> l.left().contains(left)).findFirst().orElseThrow();
  }

  // --- versions mode, one edit at a time

  @Test
  void twoOneParagraphDraftsAreLinked() {
    // A one-paragraph draft and its revision: every word the two share is in every paragraph of
    // the pair, so a background of the two alone would weigh them all at nothing.
    String draft = texts(KAZ).get(5);
    String revised = draft.replaceFirst("\\. ", ". We stress this once again. ");
    Alignment a =
        ALIGNER.align(
            statement(List.of(draft)), statement(List.of(revised)), Alignment.Mode.VERSIONS);
    assertThat(a.links()).hasSize(1);
    Link only = a.links().get(0);
    assertThat(only.type()).isEqualTo(Link.Type.MATCH);
    assertThat(only.evidence().orElseThrow().rule()).isEqualTo(LinkEvidence.Rule.SHARED_WORDS);
    assertThat(only.sentences()).anyMatch(l -> l.left().isEmpty() && l.right().size() == 1);
  }

  @Test
  void identicalStatementsMatchOneToOneThroughout() {
    Alignment a = ALIGNER.align(KAZ, KAZ, Alignment.Mode.VERSIONS);
    assertThat(a.similarity()).isEqualTo(1.0);
    assertThat(a.links()).hasSize(KAZ.paragraphs().size());
    for (int i = 0; i < a.links().size(); i++) {
      Link l = a.links().get(i);
      assertThat(l.type()).isEqualTo(Link.Type.MATCH);
      assertThat(l.left()).containsExactly(i);
      assertThat(l.right()).containsExactly(i);
      assertThat(l.diff()).extracting(DiffOp::op).containsOnly(DiffOp.Op.EQUAL);
    }
  }

  @Test
  void aStatementComparedAgainGivesTheSameAlignment() {
    // What is prepared of a statement is kept with its paragraphs: the second comparison reads it.
    List<String> edited = texts(KAZ);
    edited.remove(3);
    Statement right = statement(edited);
    Alignment first = ALIGNER.align(KAZ, right, Alignment.Mode.VERSIONS);
    Alignment again = ALIGNER.align(KAZ, right, Alignment.Mode.VERSIONS);
    assertThat(again.similarity()).isEqualTo(first.similarity());
    assertThat(again.links()).isEqualTo(first.links());
    // A statement sharing its first paragraph (the same object) with one compared before is
    // scored as a whole from its own paragraphs, not from what was kept for the other.
    Statement shorter =
        new Statement(
            "shorter",
            KAZ.original(),
            KAZ.metadata(),
            KAZ.paragraphs().subList(0, 5),
            List.of(),
            List.of());
    Statement fresh = statement(texts(KAZ).subList(0, 5));
    assertThat(ALIGNER.align(shorter, right, Alignment.Mode.VERSIONS).similarity())
        .isEqualTo(ALIGNER.align(fresh, right, Alignment.Mode.VERSIONS).similarity())
        .isLessThan(first.similarity());
  }

  @Test
  void findsASplitParagraph() {
    List<String> edited = texts(KAZ);
    String p = edited.get(4);
    int cut = p.indexOf(". ", p.length() / 2) + 1;
    edited.set(4, p.substring(0, cut));
    edited.add(5, p.substring(cut + 1));
    Link l = linkOfLeft(versions(edited), 4);
    assertThat(l.type()).isEqualTo(Link.Type.SPLIT);
    assertThat(l.right()).containsExactly(4, 5);
  }

  @Test
  void findsMergedParagraphs() {
    List<String> edited = texts(KAZ);
    edited.set(6, edited.get(6) + " " + edited.get(7));
    edited.remove(7);
    Link l = linkOfLeft(versions(edited), 6);
    assertThat(l.type()).isEqualTo(Link.Type.MERGE);
    assertThat(l.left()).containsExactly(6, 7);
    assertThat(l.right()).containsExactly(6);
  }

  @Test
  void findsDeletionsAndInsertions() {
    List<String> edited = texts(KAZ);
    edited.remove(10);
    edited.add(3, texts(KGZ).get(5));
    Alignment a = versions(edited);
    assertThat(linkOfLeft(a, 10).type()).isEqualTo(Link.Type.DELETE);
    assertThat(a.links(Link.Type.INSERT)).extracting(Link::right).containsExactly(List.of(3));
  }

  @Test
  void reportsAMovedParagraphAsAMove() {
    List<String> edited = texts(KAZ);
    String moved = edited.remove(2);
    edited.add(20, moved);
    Alignment a = versions(edited);
    Link l = linkOfLeft(a, 2);
    assertThat(l.type()).isEqualTo(Link.Type.MOVE);
    assertThat(l.right()).containsExactly(20);
    assertThat(a.links(Link.Type.INSERT)).isEmpty();
    assertThat(a.links(Link.Type.DELETE)).isEmpty();
  }

  @Test
  void marksWordChangesInsideAMatch() {
    List<String> edited = texts(KAZ);
    edited.set(0, edited.get(0).replace("skilful stewardship", "wise leadership"));
    Link l = linkOfLeft(versions(edited), 0);
    assertThat(l.type()).isEqualTo(Link.Type.MATCH);
    assertThat(l.diff())
        .contains(
            new DiffOp(DiffOp.Op.DELETE, "skilful stewardship"),
            new DiffOp(DiffOp.Op.INSERT, "wise leadership"));
    assertThat(l.sentences())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.type()).isEqualTo(Link.Type.MATCH));
  }

  @Test
  void salutationsAndClosingsAlignWithoutPullingBodyParagraphsOffCourse() {
    Statement seed = readResource("/text/mission-website.txt");
    List<String> edited = texts(seed);
    edited.remove(10); // a body paragraph between two runs of "Mr. Chairman,"
    edited.set(12, edited.get(12).replace("Kazakhstan", "My country"));
    Statement right = statement(edited);
    Alignment a = ALIGNER.align(seed, right, Alignment.Mode.VERSIONS);
    assertThat(linkOfLeft(a, 10).type()).isEqualTo(Link.Type.DELETE);
    for (Link l : a.links()) {
      if (l.type() == Link.Type.MATCH) {
        assertThat(seed.paragraphs().get(l.left().get(0)).kind())
            .isEqualTo(right.paragraphs().get(l.right().get(0)).kind());
        int shift = l.left().get(0) > 10 ? 1 : 0;
        assertThat(l.right().get(0))
            .as("paragraph %s stays in step", l.left())
            .isEqualTo(l.left().get(0) - shift);
      }
    }
    assertThat(a.links(Link.Type.MOVE)).isEmpty();
  }

  @Test
  void thresholdsAreConfigurable() {
    List<String> edited = texts(KAZ);
    edited.set(0, AlignerTest.reword(edited.get(0), 0.1, new Random(3)));
    Statement right = statement(edited);
    assertThat(linkOfLeft(ALIGNER.align(KAZ, right, Alignment.Mode.VERSIONS), 0).type())
        .isEqualTo(Link.Type.MATCH);
    Aligner strict = ALIGNER.withMatchThreshold(0.95);
    assertThat(strict.matchThreshold()).isEqualTo(0.95);
    // Not a match: deleted, or joined to its reworded self by its sentences only.
    assertThat(strict.align(KAZ, right, Alignment.Mode.VERSIONS).links())
        .filteredOn(l -> l.left().contains(0))
        .extracting(Link::type)
        .isNotEmpty()
        .allMatch(t -> t == Link.Type.DELETE || t == Link.Type.PARTIAL);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ALIGNER.withRelatedThreshold(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }

  // --- invariants over random edits

  static IntStream seeds() {
    return IntStream.range(0, 12);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyParagraphIsInExactlyOneLinkAndDiffsRebuildBothSides(int seed) {
    Random random = new Random(seed);
    List<String> edited = texts(KAZ);
    List<String> donors = texts(KGZ);
    for (int k = 0; k < 6; k++) {
      int i = random.nextInt(edited.size());
      switch (random.nextInt(5)) {
        case 0 -> edited.remove(i);
        case 1 -> edited.add(i, donors.get(random.nextInt(donors.size())));
        case 2 -> edited.add(random.nextInt(edited.size()), edited.remove(i));
        case 3 -> edited.set(i, reword(edited.get(i), 0.3, random));
        default -> {
          if (i + 1 < edited.size()) {
            edited.set(i, edited.get(i) + " " + edited.remove(i + 1));
          }
        }
      }
    }
    Statement right = statement(edited);
    Alignment a = ALIGNER.align(KAZ, right, Alignment.Mode.VERSIONS);
    Set<Integer> lefts = new HashSet<>();
    Set<Integer> rights = new HashSet<>();
    Set<Integer> leftsInPartials = new HashSet<>();
    Set<Integer> rightsInPartials = new HashSet<>();
    int lastLeft = -1;
    for (Link l : a.links()) {
      if (l.type() == Link.Type.PARTIAL) {
        leftsInPartials.addAll(l.left());
        rightsInPartials.addAll(l.right());
        assertThat(rebuild(l.diff(), DiffOp.Op.DELETE))
            .isEqualTo(linkedSentences(KAZ, l.left().get(0), l, true));
        assertThat(rebuild(l.diff(), DiffOp.Op.INSERT))
            .isEqualTo(linkedSentences(right, l.right().get(0), l, false));
        continue;
      }
      for (int i : l.left()) {
        assertThat(lefts.add(i)).as("left %d in one link", i).isTrue();
      }
      for (int j : l.right()) {
        assertThat(rights.add(j)).as("right %d in one link", j).isTrue();
      }
      if (!l.left().isEmpty() && l.type() != Link.Type.MOVE) {
        assertThat(l.left().get(0)).as("links in order apart from moves").isGreaterThan(lastLeft);
        lastLeft = l.left().get(l.left().size() - 1);
      }
      if (!l.left().isEmpty() && !l.right().isEmpty()) {
        assertThat(rebuild(l.diff(), DiffOp.Op.DELETE)).isEqualTo(join(KAZ, l.left()));
        assertThat(rebuild(l.diff(), DiffOp.Op.INSERT)).isEqualTo(join(right, l.right()));
      }
      l.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
    }
    // Every paragraph is in one link, or else only in partial links (made of moved sentences).
    for (int i = 0; i < KAZ.paragraphs().size(); i++) {
      assertThat(lefts.contains(i) || leftsInPartials.contains(i)).as("left %d linked", i).isTrue();
    }
    for (int j = 0; j < right.paragraphs().size(); j++) {
      assertThat(rights.contains(j) || rightsInPartials.contains(j))
          .as("right %d linked", j)
          .isTrue();
    }
  }

  /** The sentences of paragraph {@code p} that a partial link pairs, in order, joined by spaces. */
  static String linkedSentences(Statement s, int p, Link partial, boolean left) {
    return String.join(
        " ",
        partial.sentences().stream()
            .map(sl -> left ? sl.left().get(0) : sl.right().get(0))
            .sorted()
            .map(k -> s.paragraphs().get(p).sentences().get(k).text())
            .toList());
  }

  static String reword(String text, double share, Random random) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (random.nextDouble() < share) {
        words[i] = "changed";
      }
    }
    return String.join(" ", words);
  }

  private static String rebuild(List<DiffOp> diff, DiffOp.Op side) {
    StringBuilder b = new StringBuilder();
    diff.stream()
        .filter(d -> d.op() == DiffOp.Op.EQUAL || d.op() == side)
        .forEach(d -> b.append(d.text()));
    return b.toString();
  }

  private static String join(Statement s, List<Integer> paragraphs) {
    return String.join("\n", paragraphs.stream().map(i -> s.paragraphs().get(i).text()).toList());
  }

  // --- sentences that move between paragraphs

  @Test
  void followsASentenceMovedIntoAnotherParagraph() {
    List<String> edited = texts(KAZ);
    Paragraph giving = KAZ.paragraphs().get(5);
    String moved = giving.sentences().get(1).text();
    edited.set(5, giving.text().replace(moved + " ", ""));
    edited.set(9, edited.get(9) + " " + moved);
    Statement right = statement(edited);
    Alignment a = ALIGNER.align(KAZ, right, Alignment.Mode.VERSIONS);

    assertThat(a.links(Link.Type.PARTIAL)).hasSize(1);
    Link partial = a.links(Link.Type.PARTIAL).get(0);
    assertThat(partial.left()).containsExactly(5);
    assertThat(partial.right()).containsExactly(9);
    assertThat(partial.sentences()).hasSize(1);
    Link sentence = partial.sentences().get(0);
    assertThat(giving.sentences().get(sentence.left().get(0)).text()).isEqualTo(moved);
    assertThat(right.paragraphs().get(9).sentences().get(sentence.right().get(0)).text())
        .isEqualTo(moved);
    assertThat(partial.diff()).extracting(DiffOp::op).containsOnly(DiffOp.Op.EQUAL);
    Link.Share share = partial.share().orElseThrow();
    assertThat(share.left()).isBetween(0.05, 0.95);
    assertThat(share.right()).isBetween(0.05, 0.95);
    // The paragraphs keep their own links: the moved sentence is a small part of each.
    Link five = linkOfLeft(a, 5);
    assertThat(five.type()).isEqualTo(Link.Type.MATCH);
    assertThat(five.share().orElseThrow().left()).isLessThan(1.0);
    assertThat(five.share().orElseThrow().right()).isEqualTo(1.0);
  }

  @Test
  void followsAShortRewordedSentenceThatKeepsItsWordsInOrder() {
    // A question reworded as it moved to the end of the paragraph before: too few content words
    // to be alike in phrasing (0.25), but seven of its eight words stay in order. Two short
    // formulas that share their frame ("It is a matter of ...") are too short to be followed so.
    List<String> left = texts(KAZ).subList(4, 8);
    List<String> right = new ArrayList<>(left);
    String question = "And will the Committee in fact adopt it?";
    String reworded = "But will the Committee in fact welcome it?";
    left = new ArrayList<>(left);
    left.set(2, question + " " + left.get(2) + " It is a matter of grave concern.");
    right.set(1, right.get(1) + " " + reworded);
    right.set(3, right.get(3) + " It is a matter of responsibility.");
    Alignment a = ALIGNER.align(statement(left), statement(right), Alignment.Mode.VERSIONS);

    assertThat(a.links(Link.Type.PARTIAL)).hasSize(1);
    Link partial = a.links(Link.Type.PARTIAL).get(0);
    assertThat(partial.left()).containsExactly(2);
    assertThat(partial.right()).containsExactly(1);
    assertThat(partial.sentences()).hasSize(1);
    assertThat(partial.diff()).extracting(DiffOp::text).contains("And", "But", "adopt", "welcome");
  }

  @Test
  void aNewParagraphBuiltFromSentencesOfOldOnesIsNotAnInsertion() {
    List<String> edited = texts(KAZ);
    Paragraph first = KAZ.paragraphs().get(4);
    Paragraph second = KAZ.paragraphs().get(8);
    String a1 = first.sentences().get(first.sentences().size() - 1).text();
    String b1 = second.sentences().get(0).text();
    edited.set(4, first.text().replace(" " + a1, ""));
    edited.set(8, second.text().replace(b1 + " ", ""));
    edited.add(12, b1 + " " + a1);
    Statement right = statement(edited);
    Alignment a = ALIGNER.align(KAZ, right, Alignment.Mode.VERSIONS);

    assertThat(a.links(Link.Type.INSERT)).noneMatch(l -> l.right().contains(12));
    assertThat(a.links(Link.Type.PARTIAL))
        .extracting(l -> List.of(l.left().get(0), l.right().get(0)))
        .containsExactlyInAnyOrder(List.of(4, 12), List.of(8, 12));
    for (Link l : a.links(Link.Type.PARTIAL)) {
      assertThat(l.share().orElseThrow().right()).isBetween(0.2, 0.8);
    }
  }

  @Test
  void paragraphsFromAnotherDelegationGetNoPartialLinks() {
    // No echo: paragraphs of another delegation's speech of the same year stand where some of the
    // statement's own were deleted. Any partial link would be wrong.
    List<String> edited = texts(KAZ);
    List<String> donors = texts(KGZ);
    for (int k = 0; k < 4; k++) {
      edited.set(3 + 4 * k, donors.get(2 + 3 * k));
    }
    Alignment a = ALIGNER.align(KAZ, statement(edited), Alignment.Mode.VERSIONS);
    assertThat(a.links(Link.Type.PARTIAL)).isEmpty();
  }

  // --- delegations mode

  @Test
  void linksParagraphsOfTwoDelegationsOnTheSameMatterAndNamesWhatTheyShare() {
    // Kazakhstan and Kyrgyzstan, 2006: both take up the treaty on a nuclear-weapon-free zone in
    // Central Asia signed that September, in their own words.
    Alignment a = ALIGNER.align(KAZ, KGZ, Alignment.Mode.DELEGATIONS);
    assertThat(a.links())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.type()).isEqualTo(Link.Type.RELATED));
    assertThat(a.links().size()).isLessThan(KGZ.paragraphs().size());
    Link zone = linkOfLeft(a, 7);
    assertThat(zone.right()).containsExactly(11);
    LinkEvidence why = zone.evidence().orElseThrow();
    assertThat(why.rule()).isEqualTo(LinkEvidence.Rule.SHARED_WORDS);
    assertThat(why.terms()).contains("Zone", "September");
    assertThat(zone.sharedPhrases())
        .anySatisfy(p -> assertThat(p.text()).contains("Nuclear-Weapon-Free Zone in Central Asia"));
    // Every link says why it is there.
    assertThat(a.links()).allSatisfy(l -> assertThat(l.evidence()).isPresent());
    // And where both state a position, the two sentences stand side by side.
    Link side = zone.sentences().get(0);
    assertThat(KAZ.paragraphs().get(7).sentences().get(side.left().get(0)).text())
        .contains("Nuclear-Weapon-Free Zone in Central Asia");
    assertThat(KGZ.paragraphs().get(11).sentences().get(side.right().get(0)).text())
        .contains("nuclear-weapon-free zone in Central Asia");
    assertThat(a.closest()).isEmpty();
  }

  @Test
  void whereNoParagraphsAreRelatedTheClosestPairsSayWhyTheyFellShort() {
    Statement fish = statement(List.of(ICELAND_FISH_STOCKS));
    Statement other = statement(List.of(texts(KGZ).get(4), texts(KGZ).get(3)));
    Alignment a = ALIGNER.align(fish, other, Alignment.Mode.DELEGATIONS);
    assertThat(a.links()).isEmpty();
    assertThat(a.closest())
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(Alignment.CLOSEST)
        .allSatisfy(
            m -> {
              assertThat(m.shortOf()).isNotBlank();
              assertThat(m.words()).isLessThan(LinkEvidence.Bars.DELEGATIONS.strongWords());
            });
    assertThat(ALIGNER.align(fish, other, Alignment.Mode.VERSIONS).closest()).isEmpty();
  }

  // --- order and length carry a heavily reworded text

  /** Replaces more than half the words (never the first or last) by words of a Kyrgyz paragraph. */
  private static String rewordHeavily(String text, Random random) {
    String[] words = text.split(" ");
    String[] donor = KGZ.paragraphs().get(3).text().split(" ");
    for (int i = 1; i < words.length - 1; i++) {
      if (random.nextInt(100) < 62) {
        words[i] = donor[random.nextInt(donor.length)].toLowerCase(java.util.Locale.ROOT);
      }
    }
    return String.join(" ", words);
  }

  @Test
  void heavilyRewordedSentencesAreLinkedByTheirPlaceAndLength() {
    List<String> sentences =
        KAZ.paragraphs().stream()
            .filter(p -> p.kind() == Paragraph.Kind.BODY)
            .flatMap(p -> p.sentences().stream())
            .map(s -> s.text())
            .filter(s -> s.split(" ").length >= 12)
            .limit(12)
            .toList();
    Random random = new Random(3);
    List<String> edited = new ArrayList<>(sentences);
    for (int i = 1; i < edited.size() - 1; i++) {
      edited.set(i, rewordHeavily(edited.get(i), random));
    }
    Statement right = statement(edited);
    assertThat(right.paragraphs()).hasSameSizeAs(sentences);
    Alignment a = ALIGNER.align(statement(sentences), right, Alignment.Mode.VERSIONS);
    for (int i = 0; i < sentences.size(); i++) {
      int left = i;
      assertThat(a.links())
          .as(
              "sentence %d in %s",
              i, a.links().stream().map(l -> l.type() + "" + l.left() + l.right()).toList())
          .anyMatch(l -> l.left().equals(List.of(left)) && l.right().equals(List.of(left)));
    }
  }

  @Test
  void shortUnitsMayDifferByAWordOrTwoAndLongOnesOnlyInProportion() {
    // Two words against sixteen; then six against eight: under the 0.8 word ratio, but within
    // chance for a sentence this short.
    assertThat(
            Gaps.lengthsAgree(
                WordSequence.of(
                    "We thank you, Madam President, for the skill and patience with which you"
                        + " led our work."),
                WordSequence.of("Thank you.")))
        .isFalse();
    assertThat(
            Gaps.lengthsAgree(
                WordSequence.of("I will love thee, O Lord, my strength."),
                WordSequence.of("I love you, Lord, my strength.")))
        .isTrue();
    String sentence = "The Council must act on the reports of its own subsidiary bodies. ";
    assertThat(
            Gaps.lengthsAgree(
                WordSequence.of(sentence.repeat(10)), WordSequence.of(sentence.repeat(7))))
        .isFalse();
    assertThat(
            Gaps.lengthsAgree(
                WordSequence.of(sentence.repeat(10)), WordSequence.of(sentence.repeat(9))))
        .isTrue();
  }

  @Test
  void aParagraphReplacedByAnotherOfTheSameLengthIsNotLinked() {
    List<String> kaz = texts(KAZ);
    List<String> edited = new ArrayList<>(kaz);
    int at = -1;
    for (int i = 2; i < kaz.size() - 2 && at < 0; i++) {
      int n = kaz.get(i).split(" ").length;
      for (String other : texts(KGZ)) {
        int m = other.split(" ").length;
        if (n >= 20 && m >= 0.9 * n && m <= 1.1 * n) {
          edited.set(i, other);
          at = i;
          break;
        }
      }
    }
    assertThat(at).as("a Kyrgyz paragraph of the same length").isPositive();
    Alignment a = versions(edited);
    int replaced = at;
    assertThat(a.links())
        .filteredOn(l -> l.right().contains(replaced))
        .allMatch(l -> l.type() == Link.Type.INSERT);
    assertThat(a.links())
        .filteredOn(l -> l.left().contains(replaced))
        .allMatch(l -> l.type() == Link.Type.DELETE);
  }

  // --- delegations mode: echoes

  @Test
  void aSentenceEchoedRewordedInAnotherDelegationsParagraphLinksTheTwoParagraphs() {
    Paragraph source = KAZ.paragraphs().get(9);
    String sentence =
        source.sentences().stream()
            .map(s -> s.text())
            .filter(s -> s.split(" ").length >= 12)
            .findFirst()
            .orElseThrow();
    // A third of the words replaced, never the first or the last.
    String[] words = sentence.split(" ");
    for (int i = 2; i < words.length - 1; i += 3) {
      words[i] = "various";
    }
    List<String> kgz = texts(KGZ);
    int target = 12;
    kgz.set(target, kgz.get(target) + " " + String.join(" ", words));
    Alignment a = ALIGNER.align(KAZ, statement(kgz), Alignment.Mode.DELEGATIONS);
    assertThat(a.links())
        .anyMatch(l -> l.left().equals(List.of(9)) && l.right().equals(List.of(target)));
  }

  @Test
  void congratulatingTheSamePresidentIsNoEcho() {
    // Two delegations' openings of the seventy-first session (UN General Debate, 2016).
    String kaz =
        "First, let me join the other speakers in congratulating Mr. Peter Thomson on his election"
            + " to the presidency of the General Assembly at its seventy-first session and to"
            + " assure him of our full support.";
    String other =
        "I would first like to congratulate Mr. Peter Thomson on his election to preside over the"
            + " General Assembly at its seventy-first session, and to thank Mr. Mogens Lykketoft,"
            + " President of the Assembly during the seventieth session, for his fruitful"
            + " leadership of the Assembly's work.";
    Alignment a =
        ALIGNER.align(
            statement(List.of(kaz, texts(KAZ).get(5))),
            statement(List.of(texts(KGZ).get(4), other)),
            Alignment.Mode.DELEGATIONS);
    assertThat(a.links()).noneMatch(l -> l.left().contains(0) && l.right().contains(1));
  }

  // Two delegations' courtesies of the sixty-fourth session (UN General Debate, 2009).
  private static final String LEBANON_COURTESY =
      "I should like at the outset to congratulate Mr. Ali Abdussalam Treki on his election as"
          + " President of the General Assembly at its sixty-fourth session and to express my"
          + " appreciation to his predecessor, Father Miguel d’Escoto Brockmann, for his"
          + " efforts. I should also like to thank in particular His Excellency the"
          + " Secretary-General, Mr. Ban Ki-moon, for his comprehensive annual report on the work"
          + " of the Organization (A/64/1) and for the special attention that he has consistently"
          + " devoted to the concerns of Lebanon and its people.";
  private static final String OTHER_COURTESY =
      "I wish to offer my warm congratulations to Mr. Ali Abdussalam Treki on his election to the"
          + " presidency of the General Assembly at its sixty-fourth session. We are confident"
          + " that he will live up to the high standards set by his esteemed predecessor.";

  @Test
  void twoCourtesiesToTheSamePresidentAreNotRelatedHoweverAlike() {
    Alignment a =
        ALIGNER.align(
            statement(List.of(LEBANON_COURTESY, texts(KAZ).get(5))),
            statement(List.of(texts(KGZ).get(4), OTHER_COURTESY)),
            Alignment.Mode.DELEGATIONS);
    assertThat(a.links()).noneMatch(l -> l.left().contains(0) && l.right().contains(1));
  }

  @Test
  void aCourtesyEchoedInAParagraphOfSubstanceIsStillRelated() {
    // The same first sentence, woven into a paragraph on the Assembly's work: an echo.
    String echoing =
        texts(KGZ).get(4)
            + " I wish to offer my warm congratulations to Mr. Ali Abdussalam Treki on his election"
            + " as President of the General Assembly at its sixty-fourth session and to express"
            + " appreciation to his predecessor for his efforts.";
    Alignment a =
        ALIGNER.align(
            statement(List.of(LEBANON_COURTESY, texts(KAZ).get(5))),
            statement(List.of(texts(KGZ).get(3), echoing)),
            Alignment.Mode.DELEGATIONS);
    assertThat(a.links()).anyMatch(l -> l.left().contains(0) && l.right().contains(1));
  }

  // Iceland and Fiji on the same conference (UN General Debate, 1995).
  private static final String ICELAND_FISH_STOCKS =
      "In the area of international law, the achievements of the United Nations were once again"
          + " brought into focus with the entry into force of the United Nations Convention on the"
          + " Law of the Sea last November and the adoption in August of the Agreement on the"
          + " Implementation of the Provisions of the Convention relating to the Conservation and"
          + " Management of Straddling Fish Stocks and Highly Migratory Fish Stocks.";
  private static final String FIJI_FISH_STOCKS =
      "Fiji welcomes the successful completion of the United Nations Conference on Straddling Fish"
          + " Stocks and Highly Migratory Fish Stocks. The Agreement produced by the Conference was"
          + " the culmination of more than two years of work by Member countries that participated"
          + " in it. It will form yet another important building block in the progressive"
          + " development of international law under the auspices of the United Nations. Fiji"
          + " hopes that the Agreement will lead to the sustainable utilization of the living"
          + " resources of the sea.";

  @Test
  void twoDelegationsOnTheSameAgreementAreRelatedButNamingItIsNoEcho() {
    Statement left = statement(List.of(ICELAND_FISH_STOCKS, texts(KAZ).get(5)));
    Statement right = statement(List.of(texts(KGZ).get(4), FIJI_FISH_STOCKS));
    // Both take up the Agreement on straddling and highly migratory fish stocks: the same matter.
    Link same =
        ALIGNER.align(left, right, Alignment.Mode.DELEGATIONS).links().stream()
            .filter(l -> l.left().contains(0) && l.right().contains(1))
            .findFirst()
            .orElseThrow();
    // But the Agreement's name, which many statements say, is no echo of a sentence.
    assertThat(same.evidence().orElseThrow().rule()).isNotEqualTo(LinkEvidence.Rule.ECHO);
    assertThat(same.evidence().orElseThrow().terms()).contains("Straddling");
  }

  @Test
  void twoParagraphsQuotingTheYearsThemeAreNotRelatedHoweverAlike() {
    // The Bahamas and the Gambia, 2020: both quote the theme of the session, nothing more.
    String bahamas =
        "Hence, the theme for the 75th Session, The future we want, the United Nations we need"
            + " reaffirming our collective commitment to multilateralism — confronting COVID-19"
            + " through effective multilateral action, is relevant and applicable to our current"
            + " reality.";
    String gambia =
        "We welcome the theme for the 75th Session of the UNGA: “The future we want, the United"
            + " Nations we need: reaffirming our collective commitment to multilateralism —"
            + " confronting Covid-19 through effective multilateral action”.";
    Statement left = statement(List.of(bahamas, texts(KAZ).get(5)));
    Statement right = statement(List.of(texts(KGZ).get(4), gambia));
    Aligner everyPhrase = ALIGNER.withCommonPhrases(CommonPhrases.empty());
    assertThat(everyPhrase.align(left, right, Alignment.Mode.DELEGATIONS).links())
        .anyMatch(
            l -> l.left().contains(0) && l.right().contains(1) && l.score().getAsDouble() > 0.4);
    assertThat(ALIGNER.align(left, right, Alignment.Mode.DELEGATIONS).links())
        .noneMatch(l -> l.left().contains(0) && l.right().contains(1));
  }

  @Test
  void anEchoHoldingACommonNameIsStillAnEcho() {
    // Iceland's sentence, a few words changed, woven into Fiji's paragraph.
    String echoing =
        FIJI_FISH_STOCKS
            + " In the field of international law, the achievements of the United Nations were"
            + " again brought into focus with the entry into force of the Convention on the Law of"
            + " the Sea last November and the adoption of the Agreement relating to the"
            + " Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish"
            + " Stocks.";
    Alignment a =
        ALIGNER.align(
            statement(List.of(ICELAND_FISH_STOCKS, texts(KAZ).get(5))),
            statement(List.of(texts(KGZ).get(4), echoing)),
            Alignment.Mode.DELEGATIONS);
    assertThat(a.links()).anyMatch(l -> l.left().contains(0) && l.right().contains(1));
  }

  // --- another measure

  @Test
  void anotherMeasureAlignsAsWellOnEditsThatKeepMostWords() {
    List<String> e = texts(KAZ);
    e.set(1, e.get(1).replace("indispensable", "essential"));
    e.add(12, e.remove(4));
    e.set(6, e.get(6) + " " + e.remove(7));
    Statement edited = statement(e);
    for (dev.parley.similarity.TokenSimilarity measure :
        List.of(
            dev.parley.similarity.WordJaccardSimilarity.instance(),
            dev.parley.similarity.AlignedWordSimilarity.of(
                dev.parley.similarity.WordVectors.defaults(),
                dev.parley.text.TermStatistics.defaults()))) {
      Alignment a =
          Aligner.of(measure, dev.parley.text.TermStatistics.defaults())
              .align(KAZ, edited, Alignment.Mode.VERSIONS);
      assertThat(linkOfLeft(a, 4).type()).as("%s", measure).isEqualTo(Link.Type.MOVE);
      assertThat(linkOfLeft(a, 4).right()).containsExactly(11);
      // Left 7 and 8 joined into right 6: a merge, or a match and the moved sentences of the other.
      for (int left : new int[] {7, 8}) {
        assertThat(a.links())
            .as("%s, left %d", measure, left)
            .anyMatch(l -> l.left().contains(left) && l.right().equals(List.of(6)));
      }
      assertThat(linkOfLeft(a, 1).type()).isEqualTo(Link.Type.MATCH);
      assertThat(linkOfLeft(a, 1).score().getAsDouble()).isLessThan(1.0);
      assertThat(a.links())
          .noneMatch(l -> l.type() == Link.Type.INSERT || l.type() == Link.Type.DELETE);
    }
  }

  // --- a sentence cut into many

  private static final String BEFORE =
      "The General Assembly has met every year since 1946 to hear the views of all Member States"
          + " on the questions of the day.";
  private static final String AFTER =
      "My delegation thanks the Secretary-General for his report on the work of the Organization"
          + " and supports its recommendations.";
  private static final String CALL =
      "We call on all parties to the conflict to return to the negotiating table without"
          + " preconditions, to respect the ceasefire agreed in Geneva, to refrain from any action"
          + " that could escalate the fighting and to protect civilians and humanitarian workers.";

  /** The call in its place between two sentences, against {@code sentences} in its place. */
  private static Alignment callReplacedBy(String... sentences) {
    List<String> right = new ArrayList<>();
    right.add(BEFORE);
    right.addAll(List.of(sentences));
    right.add(AFTER);
    return ALIGNER.align(
        statement(List.of(BEFORE, CALL, AFTER)), statement(right), Alignment.Mode.VERSIONS);
  }

  static Stream<Arguments> cuts() {
    return Stream.of(
        // Short parts: each too little of the long sentence to pass as a part of a split alone.
        Arguments.of(
            "short parts",
            List.of(
                "We call on all parties to the conflict to return to negotiations without"
                    + " preconditions.",
                "The ceasefire agreed in Geneva must be respected.",
                "No party should escalate the fighting.",
                "Civilians and humanitarian workers must be protected.")),
        // Reworded parts: none alike enough with the long sentence to be linked first; each
        // keeps half its rarer words, and together they fill the sentence's place.
        Arguments.of(
            "reworded parts",
            List.of(
                "All parties must go back to the negotiating table.",
                "The ceasefire agreed in Geneva is to be honoured.",
                "Nobody should escalate the fighting.",
                "Humanitarian workers and civilians need protection.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cuts")
  void aSentenceCutIntoFourIsOneSplit(String how, List<String> parts) {
    Alignment a = callReplacedBy(parts.toArray(String[]::new));
    Link split = linkOfLeft(a, 1);
    assertThat(split.type()).isEqualTo(Link.Type.SPLIT);
    assertThat(split.right()).containsExactly(1, 2, 3, 4);
    assertThat(a.links()).noneMatch(l -> l.type() == Link.Type.INSERT);
    assertThat(linkOfLeft(a, 2).right()).containsExactly(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cuts")
  void fourSentencesJoinedIntoOneAreOneMerge(String how, List<String> parts) {
    // The other way round: the parts in the first version, the long sentence in the second.
    List<String> left = new ArrayList<>();
    left.add(BEFORE);
    left.addAll(parts);
    left.add(AFTER);
    Alignment a =
        ALIGNER.align(
            statement(left), statement(List.of(BEFORE, CALL, AFTER)), Alignment.Mode.VERSIONS);
    Link merge = linkOfLeft(a, 1);
    assertThat(merge.type()).isEqualTo(Link.Type.MERGE);
    assertThat(merge.left()).containsExactly(1, 2, 3, 4);
    assertThat(merge.right()).containsExactly(1);
    assertThat(a.links()).noneMatch(l -> l.type() == Link.Type.DELETE);
  }

  @Test
  void aNewSentenceOnTheSameSubjectBesideAKeptOneStaysAnInsertion() {
    Alignment a =
        callReplacedBy(
            CALL,
            "The protection of civilians in armed conflict is a duty that the Council has too"
                + " often neglected, and the parties to the conflict must answer for it.");
    assertThat(linkOfLeft(a, 1).type()).isEqualTo(Link.Type.MATCH);
    assertThat(linkOfLeft(a, 1).right()).containsExactly(1);
    assertThat(a.links())
        .filteredOn(l -> l.type() == Link.Type.INSERT)
        .extracting(Link::right)
        .containsExactly(List.of(2));
  }

  @Test
  void newSentencesInTheSamePlaceAreNotPartsOfTheSentenceTheyReplace() {
    Alignment a =
        callReplacedBy(
            "Our islands face rising seas.",
            "Coral reefs are dying.",
            "Fisheries are collapsing across the Pacific.",
            "We ask for climate finance that reaches us.");
    assertThat(linkOfLeft(a, 1).type()).isEqualTo(Link.Type.DELETE);
    assertThat(a.links()).filteredOn(l -> l.type() == Link.Type.INSERT).hasSize(4);
  }

  @Test
  void aWeakPairInItsOwnPlaceIsAMatchNotAMove() {
    // Alike only through a shared name of three content words (0.19, under the 0.2 of a match),
    // found among the unpaired paragraphs, with nothing moved around it.
    String treaty =
        "The Treaty on the Non-Proliferation of Nuclear Weapons remains the cornerstone of the"
            + " global disarmament regime and must be universalized.";
    String rewritten =
        "Our country, which gave up the arsenal it inherited after independence, believes that"
            + " every State still outside the Treaty on the Non-Proliferation of Nuclear Weapons"
            + " should join it without further delay, and that nuclear testing must stop for ever"
            + " everywhere on our planet.";
    Alignment a =
        ALIGNER.align(
            statement(List.of(BEFORE, treaty, AFTER)),
            statement(List.of(BEFORE, rewritten, AFTER)),
            Alignment.Mode.VERSIONS);
    Link l = linkOfLeft(a, 1);
    assertThat(l.type()).isEqualTo(Link.Type.MATCH);
    assertThat(l.right()).containsExactly(1);
    assertThat(l.score().getAsDouble()).isLessThan(Thresholds.DEFAULT_MATCH);
    assertThat(a.links()).noneMatch(x -> x.type() == Link.Type.MOVE);
  }

  // --- drafts that keep most paragraphs

  @Test
  void aParagraphKeptWordForWordHasEachSentenceLinkedToItselfAndOneEqualRun() {
    List<String> e = texts(KAZ);
    e.set(3, e.get(3).replaceFirst(" the ", " a "));
    Alignment a = versions(e);
    Link kept = linkOfLeft(a, 2);
    assertThat(kept.type()).isEqualTo(Link.Type.MATCH);
    int sentences = KAZ.paragraphs().get(2).sentences().size();
    assertThat(kept.sentences()).hasSize(sentences);
    for (int k = 0; k < sentences; k++) {
      assertThat(kept.sentences().get(k).left()).containsExactly(k);
      assertThat(kept.sentences().get(k).right()).containsExactly(k);
      assertThat(kept.sentences().get(k).score()).hasValue(1.0);
    }
    assertThat(kept.diff()).containsExactly(new DiffOp(DiffOp.Op.EQUAL, e.get(2)));
    assertThat(linkOfLeft(a, 3).diff()).anyMatch(d -> d.op() == DiffOp.Op.DELETE);
  }

  @Test
  void aKeptParagraphThatAppearsTwiceIsLinkedByItsPlace() {
    List<String> left = new ArrayList<>(texts(KAZ).subList(0, 12));
    String repeated = left.get(4);
    left.set(9, repeated);
    List<String> right = new ArrayList<>(left);
    right.remove(6);
    Alignment a = ALIGNER.align(statement(left), statement(right), Alignment.Mode.VERSIONS);
    assertThat(linkOfLeft(a, 4).right()).containsExactly(4);
    assertThat(linkOfLeft(a, 9).right()).containsExactly(8);
    assertThat(linkOfLeft(a, 6).type()).isEqualTo(Link.Type.DELETE);
  }
}

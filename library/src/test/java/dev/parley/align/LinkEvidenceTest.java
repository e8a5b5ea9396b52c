package dev.parley.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.similarity.SentenceEncoder;
import dev.parley.similarity.TopicEncoder;
import dev.parley.text.Normalizer;
import dev.parley.text.Statement;
import dev.parley.text.WordSequence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Links stand on evidence and say why: real consecutive-year speeches of Saint Vincent and the
 * Grenadines (2014, 2015), whose later speech restates points in new words, and small texts that
 * hold each rule apart.
 */
final class LinkEvidenceTest {

  private static final Statement VCT_2014 = AlignerTest.read("VCT_69_2014.txt");
  private static final Statement VCT_2015 = AlignerTest.read("VCT_70_2015.txt");
  private static final Alignment REAL =
      Aligner.defaults().align(VCT_2014, VCT_2015, Alignment.Mode.VERSIONS);

  private static List<Link> linking(Alignment a, int left, int right) {
    return a.links().stream()
        .filter(l -> l.left().contains(left) && l.right().contains(right))
        .toList();
  }

  @Test
  void aPointRestatedNextYearInNewWordsIsLinkedAndSaysWhy() {
    // 2014: "an immediate end to the illegal economic, commercial and financial embargo against
    // Cuba"; 2015, twelve paragraphs on: "the complete lifting of this anachronism ... the unjust,
    // illegal and plainly outmoded blockade".
    Link cuba = linking(REAL, 9, 19).get(0);
    LinkEvidence why = cuba.evidence().orElseThrow();
    assertThat(why.terms()).contains("embargo", "Cuba");
    assertThat(why.words()).isBetween(LinkEvidence.Bars.VERSIONS.partnerWords(), 1.0);
  }

  @Test
  void paragraphsThatShareOnlyTheirPlaceAreNotLinked() {
    // Pairs a positional alignment linked: a paragraph on sovereignty against one on the Security
    // Council's reform, Ebola against the Human Rights Council, and others.
    for (int[] pair : new int[][] {{2, 12}, {6, 4}, {13, 5}, {17, 7}}) {
      assertThat(linking(REAL, pair[0], pair[1]))
          .as("left %d, right %d", pair[0], pair[1])
          .isEmpty();
    }
  }

  @Test
  void everyLinkWithTwoSidesSaysWhyAndOnlyWeakRulesAreCalledWeak() {
    assertThat(REAL.links())
        .filteredOn(l -> !l.left().isEmpty() && !l.right().isEmpty())
        .isNotEmpty()
        .allSatisfy(
            l -> {
              LinkEvidence e = l.evidence().orElseThrow();
              assertThat(e.words()).isBetween(0.0, 1.0);
              assertThat(e.weak()).isEqualTo(e.rule() == LinkEvidence.Rule.CLOSEST_PARTNER);
              assertThat(e.meaning()).isEmpty(); // no meaning model given
            });
    assertThat(REAL.links())
        .filteredOn(l -> l.left().isEmpty() || l.right().isEmpty())
        .allSatisfy(l -> assertThat(l.evidence()).isEmpty());
    assertThat(REAL.meaning()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "countries,country",
    "taxes,tax",
    "bananas,banana",
    "nation's,nation",
    "countries',country",
    "crisis,crisis",
    "status,status",
    "access,access",
    "its,its",
    "was,was",
  })
  void stemsTakeOffPluralsAndPossessivesOnly(String word, String stem) {
    assertThat(PairTerms.stem(word)).isEqualTo(stem);
  }

  @Test
  void whatEveryTextOfTheBackgroundSaysWeighsNothing() {
    List<WordSequence> texts =
        List.of(
            WordSequence.of(
                "Kazakhstan supports the treaty on a nuclear-weapon-free zone in Asia."),
            WordSequence.of("Kazakhstan welcomes the new members of the Organization."),
            WordSequence.of("Kazakhstan will host the conference on transit transport."),
            WordSequence.of("Kazakhstan calls for reform of the Security Council."),
            WordSequence.of("Kazakhstan thanks the Secretary-General for his report."),
            WordSequence.of(
                "The zone treaty for Asia, nuclear-weapon-free, strengthens Kazakhstan."));
    WordsSignal signal = WordsSignal.over(texts);
    // Sharing only the name every text holds (and "the"): nothing.
    assertThat(signal.between(texts.get(1), texts.get(2))).isZero();
    // Sharing the zone, the treaty and Asia, which two texts alone hold: much.
    assertThat(signal.between(texts.get(0), texts.get(5)))
        .isGreaterThan(LinkEvidence.Bars.VERSIONS.strongWords());
    assertThat(signal.between(texts.get(0), texts.get(0)))
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  private static Statement statement(String... paragraphs) {
    return Normalizer.defaults().normalize("t", String.join("\n\n", paragraphs));
  }

  @Test
  void withMeaningEachOthersClosestInMeaningAreLinkedWhereTheyShareSomeWords() {
    Statement before =
        statement(
            "We call for an end to the unjust embargo imposed on the people of Cuba for decades.",
            "Climate change threatens the survival of small island States like ours.",
            "Reform of the Security Council is long overdue and must include new seats.");
    Statement after =
        statement(
            "The reform of the Council cannot wait; the permanent members must share power.",
            "The unlawful blockade of the Cuban people must end without further delay.",
            "Ocean acidification and rising seas already wash away our beaches and homes.");
    Aligner words = Aligner.defaults();
    Aligner meaning = words.withMeaning(new TopicEncoder());
    Alignment a = meaning.align(before, after, Alignment.Mode.VERSIONS);
    assertThat(a.meaning()).hasValue("topics");
    Link cuba = linking(a, 0, 1).get(0);
    assertThat(cuba.evidence().orElseThrow().rule()).isEqualTo(LinkEvidence.Rule.SAME_MEANING);
    assertThat(cuba.evidence().orElseThrow().meaning()).isPresent();
    // On words alone the two share too little to be linked.
    assertThat(linking(words.align(before, after, Alignment.Mode.VERSIONS), 0, 1)).isEmpty();
  }

  @Test
  void withMeaningWordsSharedByParagraphsAboutDifferentThingsLinkNothing() {
    // "Security Council" and "reform" shared by a paragraph on the Council and one on climate
    // finance reform: the meaning model puts them apart, below the floor.
    Statement before =
        statement(
            "Reform of the Security Council is long overdue and must include new permanent seats.",
            "We call for an end to the embargo imposed on the people of Cuba.");
    Statement after =
        statement(
            "Climate finance needs reform: the Security Council debated it, permanent seats aside.",
            "The blockade of the Cuban people must end.");
    Alignment words = Aligner.defaults().align(before, after, Alignment.Mode.VERSIONS);
    Alignment meaning =
        Aligner.defaults()
            .withMeaning(new TopicEncoder())
            .align(before, after, Alignment.Mode.VERSIONS);
    assertThat(linking(words, 0, 0)).isNotEmpty();
    assertThat(linking(meaning, 0, 0)).isEmpty();
  }

  /** Meaning by table: each text's vector from what it says. */
  private record Table(String name, java.util.function.Function<String, float[]> vectors)
      implements SentenceEncoder {
    @Override
    public int dimensions() {
      return 3;
    }

    @Override
    public float[] encode(String text) {
      return vectors.apply(text.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A topic the other paragraphs of the test do not have. */
  private static final Table TWO_TOPICS =
      new Table(
          "two topics",
          t ->
              t.startsWith("climate")
                  ? new float[] {1, 0, 0}
                  : t.contains("fisheries") ? new float[] {0, 1, 0} : new float[] {0, 0.6f, 0.8f});

  /** A long sentence and its short rendering put apart. */
  private static final Table APART =
      new Table(
          "apart",
          t ->
              t.contains("elders")
                  ? new float[] {1, 0, 0}
                  : t.contains("harvest") ? new float[] {0, 0, 1} : new float[] {0, 1, 0});

  @Test
  void inVersionsModeWordsThatLinkOnTheirOwnAreNotVetoedByMeaning() {
    // A sentence rendered again in fewer words (a translation, a tightened draft): most of its
    // words are still there, which links the two whatever the model makes of the shorter one.
    // Between two delegations, where shared names and places say less, the floor holds for all.
    Statement before =
        statement(
            "Gather the people at the gate of the city, the elders and the children with them,"
                + " and read the law aloud to them.",
            "The harvest failed in the valley and the granaries stood empty all winter.");
    Statement after =
        statement(
            "Gather the people at the gate of the city and read the law aloud to them.",
            "The harvest failed and the granaries stood empty.");
    Aligner meaning = Aligner.defaults().withMeaning(APART);
    List<Link> versions = linking(meaning.align(before, after, Alignment.Mode.VERSIONS), 0, 0);
    assertThat(versions).isNotEmpty();
    assertThat(versions.get(0).evidence().orElseThrow().rule())
        .isEqualTo(LinkEvidence.Rule.SHARED_WORDS);
    assertThat(LinkEvidence.Bars.VERSIONS.floorBarsStrongWords()).isFalse();
    assertThat(LinkEvidence.Bars.DELEGATIONS.floorBarsStrongWords()).isTrue();
  }

  @Test
  void inVersionsModeMeaningAloneDoesNotLinkPairsWhoseWordsPointElsewhere() {
    // Two paragraphs on climate making different points (the agreement's ambition, the island's
    // own energy): the model finds them closest in meaning, but each keeps its own words in
    // another paragraph. A reader links versions by their point, not their topic.
    Statement before =
        statement(
            "Climate talks: the binding agreement to be adopted next year must be ambitious and"
                + " fund adaptation in full for small island States.",
            "Our renewable energy plan replaces diesel with solar panels and geothermal wells"
                + " before the end of this decade.",
            "Our fisheries feed the nation and need protection from illegal fishing fleets.");
    Statement after =
        statement(
            "Climate action at home: our renewable energy plan has replaced diesel with solar"
                + " panels and geothermal wells.",
            "The binding agreement adopted this year is not ambitious and does not fund"
                + " adaptation in full for small island States.",
            "Our fisheries feed the nation; illegal fishing fleets still threaten them.");
    Aligner meaning = Aligner.defaults().withMeaning(TWO_TOPICS);
    Alignment versions = meaning.align(before, after, Alignment.Mode.VERSIONS);
    assertThat(linking(versions, 0, 0)).isEmpty();
    // The points themselves are followed by their words.
    assertThat(linking(versions, 0, 1)).isNotEmpty();
    assertThat(linking(versions, 1, 0)).isNotEmpty();
    assertThat(LinkEvidence.Bars.VERSIONS.meaningNeedsWordsPartner()).isTrue();
    assertThat(LinkEvidence.Bars.DELEGATIONS.meaningNeedsWordsPartner()).isFalse();
  }

  /** The sea taking the shore, however it is said, against everything else. */
  private static final Table SHORES =
      new Table(
          "shores",
          t ->
              t.contains("beaches") || t.contains("shores")
                  ? new float[] {0, 0, 1}
                  : t.contains("fisheries") ? new float[] {0, 1, 0} : new float[] {1, 0, 0});

  private static final String OPENING =
      "We welcome the adoption of the Paris Agreement on climate change by the General Assembly.";
  private static final String CLOSING =
      "We thank our partners in the Alliance of Small Island States for their steadfast support.";
  private static final String BEACHES = "Our islands are already losing their beaches to the sea.";
  private static final String SHORES_TEXT = "Rising oceans wash away the shores we live on.";

  /** The sentence links inside the one link of two one-paragraph statements. */
  private static List<Link> sentencesInside(Aligner aligner, String before, String after) {
    List<Link> links =
        aligner.align(statement(before), statement(after), Alignment.Mode.VERSIONS).links();
    assertThat(links).hasSize(1);
    return links.get(0).sentences();
  }

  @Test
  void withMeaningASentenceRewordedInsideALinkIsPairedAndSaysWhy() {
    String before = String.join(" ", OPENING, BEACHES, CLOSING);
    String after = String.join(" ", OPENING, SHORES_TEXT, CLOSING);
    // On words the two middle sentences share nothing but "the": one deleted, one inserted.
    assertThat(sentencesInside(Aligner.defaults(), before, after))
        .anyMatch(l -> l.type() == Link.Type.DELETE && l.left().equals(List.of(1)))
        .anyMatch(l -> l.type() == Link.Type.INSERT && l.right().equals(List.of(1)));
    List<Link> inside = sentencesInside(Aligner.defaults().withMeaning(SHORES), before, after);
    assertThat(inside).hasSize(3).allMatch(l -> l.type() == Link.Type.MATCH);
    LinkEvidence why = inside.get(1).evidence().orElseThrow();
    assertThat(why.rule()).isEqualTo(LinkEvidence.Rule.SAME_MEANING);
    assertThat(why.meaning().orElseThrow()).isGreaterThanOrEqualTo(RewordedSentences.CLOSE);
    assertThat(why.bestForLeft() || why.bestForRight()).isFalse(); // told among paragraphs only
    assertThat(inside.get(0).evidence()).isEmpty(); // linked on words
  }

  /** The sea taking the shore, the catch falling, and both together, against everything else. */
  private static final Table PARTS =
      new Table(
          "parts",
          t -> {
            boolean shore = t.contains("beaches") || t.contains("shores");
            boolean catchFalls = t.contains("catch") || t.contains("fish");
            return shore && catchFalls
                ? new float[] {0, (float) Math.sqrt(0.5), (float) Math.sqrt(0.5)}
                : shore
                    ? new float[] {0, 0, 1}
                    : catchFalls ? new float[] {0, 1, 0} : new float[] {1, 0, 0};
          });

  /** One sentence on the shore and the catch, and the catch said alone in other words. */
  private static final String SHORES_AND_CATCH =
      "Our islands are already losing their beaches to the sea, and every year our boats land a"
          + " smaller catch.";

  private static final String FISH = "Fewer fish reach the nets than in any season before.";

  @Test
  void withMeaningASentenceRenderedAsTwoInOtherWordsIsOneSplit() {
    String before = String.join(" ", OPENING, SHORES_AND_CATCH, CLOSING);
    String after = String.join(" ", OPENING, SHORES_TEXT, FISH, CLOSING);
    assertThat(sentencesInside(Aligner.defaults(), before, after))
        .noneMatch(l -> l.type() == Link.Type.SPLIT);
    List<Link> inside = sentencesInside(Aligner.defaults().withMeaning(PARTS), before, after);
    assertThat(inside).hasSize(3);
    Link split = inside.get(1);
    assertThat(split.type()).isEqualTo(Link.Type.SPLIT);
    assertThat(split.left()).containsExactly(1);
    assertThat(split.right()).containsExactly(1, 2);
    LinkEvidence why = split.evidence().orElseThrow();
    assertThat(why.rule()).isEqualTo(LinkEvidence.Rule.SAME_MEANING);
    assertThat(why.meaning().orElseThrow())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void withMeaningATextGivenASentenceALineHasItsRewordedPartsJoinedToo() {
    // Translations and paraphrases often come a sentence a line: each sentence a paragraph.
    String shores = "Our islands are losing their beaches to the rising sea.";
    Statement before = statement(OPENING, SHORES_AND_CATCH, CLOSING);
    Statement after = statement(OPENING, shores, FISH, CLOSING);
    assertThat(Aligner.defaults().align(before, after, Alignment.Mode.VERSIONS).links())
        .noneMatch(l -> l.type() == Link.Type.SPLIT); // the catch and the fish share no word
    Alignment a =
        Aligner.defaults().withMeaning(PARTS).align(before, after, Alignment.Mode.VERSIONS);
    assertThat(a.links())
        .anyMatch(
            l ->
                l.type() == Link.Type.SPLIT
                    && l.left().equals(List.of(1))
                    && l.right().equals(List.of(1, 2)));
    // A paragraph of several sentences takes no part: beside a revised paragraph of a speech, a
    // new one is new.
    Statement several = statement(OPENING, SHORES_AND_CATCH + " We sail less.", CLOSING);
    Statement severalAfter = statement(OPENING, shores + " We sail less.", FISH, CLOSING);
    assertThat(
            Aligner.defaults()
                .withMeaning(PARTS)
                .align(several, severalAfter, Alignment.Mode.VERSIONS)
                .links())
        .noneMatch(l -> l.type() == Link.Type.SPLIT);
  }

  @Test
  void withMeaningANewSentenceBesideARewordedOneIsNotAPartOfIt() {
    // The new sentence adds to the meaning of the reworded one and brings the lengths closer, but
    // the two together outgrow the sentence they would render: a sentence written beside it.
    String before =
        String.join(
            " ",
            OPENING,
            "Our coasts lose their beaches and their catch to the rising sea, year after year,"
                + " island after island.",
            CLOSING);
    String after =
        String.join(
            " ",
            OPENING,
            SHORES_TEXT,
            "Fewer fish reach the nets than in any season before, and the young leave for work.",
            CLOSING);
    List<Link> inside = sentencesInside(Aligner.defaults().withMeaning(PARTS), before, after);
    assertThat(inside).noneMatch(l -> l.type() == Link.Type.SPLIT);
    assertThat(inside)
        .anyMatch(
            l ->
                l.type() == Link.Type.MATCH
                    && l.left().equals(List.of(1))
                    && l.right().equals(List.of(1)))
        .anyMatch(l -> l.type() == Link.Type.INSERT && l.right().equals(List.of(2)));
  }

  @Test
  void withMeaningSentencesAreNotPairedAcrossTheLinksOnWords() {
    // The same meaning, but one before the opening and the other after it: pairing them would
    // cross the link of the openings, so each stays alone.
    String before = String.join(" ", BEACHES, OPENING, CLOSING);
    String after = String.join(" ", OPENING, SHORES_TEXT, CLOSING);
    List<Link> inside = sentencesInside(Aligner.defaults().withMeaning(SHORES), before, after);
    assertThat(inside).noneMatch(l -> l.evidence().isPresent());
    assertThat(inside)
        .anyMatch(l -> l.type() == Link.Type.DELETE && l.left().equals(List.of(0)))
        .anyMatch(l -> l.type() == Link.Type.INSERT && l.right().equals(List.of(1)));
  }

  @Test
  void aSecondLinkOnWordsJoinsEachOthersClosestOrStandsNextToTheFirst() {
    // A paragraph linked already gets a second, partial link on words only to a paragraph that
    // is its closest partner and whose closest partner it is, or that stands next to its first
    // link: the closing thanks to a President do not become a second version of next year's
    // opening congratulations.
    List<Alignment> pairs =
        List.of(
            REAL,
            Aligner.defaults()
                .align(
                    history("kazakhstan-general-debate-2008.txt"),
                    history("kazakhstan-general-debate-2009.txt"),
                    Alignment.Mode.VERSIONS),
            Aligner.defaults()
                .align(
                    history("kazakhstan-general-debate-2009.txt"),
                    history("kazakhstan-general-debate-2010.txt"),
                    Alignment.Mode.VERSIONS));
    int onWords = 0;
    for (Alignment a : pairs) {
      for (Link l : a.links()) {
        if (l.type() != Link.Type.PARTIAL || l.evidence().isEmpty()) {
          continue;
        }
        LinkEvidence e = l.evidence().orElseThrow();
        if (e.rule() == LinkEvidence.Rule.SHARED_WORDS
            || e.rule() == LinkEvidence.Rule.CLOSEST_PARTNER) {
          onWords++;
          // Each the other's closest partner, or next to the paragraph's first link (a point
          // split over two neighbouring paragraphs).
          assertThat(e.bestForLeft() && e.bestForRight() || besideFirst(a, l))
              .as(l.toString())
              .isTrue();
        }
      }
    }
    assertThat(onWords).as("partial links on words among the pairs").isPositive();
  }

  /** Whether partial link {@code p} stands next to a link one of its paragraphs has already. */
  private static boolean besideFirst(Alignment a, Link p) {
    int i = p.left().get(0);
    int j = p.right().get(0);
    for (Link l : a.links()) {
      if (l == p || l.type() == Link.Type.PARTIAL) {
        continue;
      }
      if (l.left().contains(i) && l.right().stream().anyMatch(r -> Math.abs(r - j) <= 1)) {
        return true;
      }
      if (l.right().contains(j) && l.left().stream().anyMatch(x -> Math.abs(x - i) <= 1)) {
        return true;
      }
    }
    return false;
  }

  private static Statement history(String name) {
    try (var in = LinkEvidenceTest.class.getResourceAsStream("/history/" + name)) {
      return Normalizer.defaults()
          .normalize(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

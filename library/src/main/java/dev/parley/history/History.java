package dev.parley.history;

import static java.util.Objects.requireNonNull;

import dev.parley.text.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A series of versions of one statement, oldest first, followed paragraph by paragraph.
 *
 * @param versions the versions, oldest first
 * @param links every link between a paragraph of an earlier version and one of a later version,
 *     ordered by the earlier paragraph, then the later one
 * @param lineages every paragraph followed from the version it first appears in to the last one
 *     holding it; every paragraph of every version is in exactly one lineage
 * @param phrases the phrases two or more versions share, with the version that introduced each and
 *     the one that dropped it, ordered by the version that introduced them, then by where they
 *     stand there
 */
public record History(
    List<Statement> versions,
    List<HistoryLink> links,
    List<Lineage> lineages,
    List<PhraseTimeline> phrases) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a field is null
   */
  public History {
    versions = List.copyOf(versions);
    links = List.copyOf(links);
    lineages = List.copyOf(lineages);
    phrases = List.copyOf(phrases);
  }

  /** Returns the links of {@code type}, in order. */
  public List<HistoryLink> links(HistoryLink.Type type) {
    requireNonNull(type, "type");
    return links.stream().filter(l -> l.type() == type).toList();
  }

  /** Returns the lineage that holds {@code place}, if the place is in this history. */
  public Optional<Lineage> lineageOf(Place place) {
    requireNonNull(place, "place");
    return lineages.stream().filter(l -> l.members().contains(place)).findFirst();
  }
}

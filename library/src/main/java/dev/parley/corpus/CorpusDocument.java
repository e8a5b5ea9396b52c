package dev.parley.corpus;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One statement of a corpus index.
 *
 * @param id its position in the index
 * @param path its path relative to the indexed folder, with {@code /} between folders
 * @param delegation the delegation's ISO 3166-1 alpha-3 code, from the statement's metadata or else
 *     from the file name ({@code KAZ_62_2007.txt}, {@code kazakhstan-general-debate-2007.txt});
 *     empty when neither tells
 * @param year the year, from the statement's date or else from a four-digit year in the file name;
 *     0 when neither tells
 * @param paragraphs the normalised texts of its body paragraphs (an indexed statement's are read
 *     from the index file each time they are asked for)
 * @param words how many words it has
 */
public record CorpusDocument(
    int id, String path, String delegation, int year, List<String> paragraphs, int words) {

  /**
   * Checks the fields and copies the list (an index's own list, which reads the paragraphs from the
   * index file when asked, is kept as it is).
   */
  public CorpusDocument {
    requireNonNull(path, "path");
    requireNonNull(delegation, "delegation");
    if (!(paragraphs instanceof CorpusIndex.StoredParagraphs)) {
      paragraphs = List.copyOf(paragraphs);
    }
  }
}

package dev.parley.corpus;

import java.util.List;

/**
 * A statement near another one, and what makes it near: the specific words both hold that weigh
 * most in their similarity (names, places, treaties, bodies; never the words of most statements).
 *
 * @param document the neighbour's id in the index
 * @param similarity tf-idf cosine similarity, in [0, 1]
 * @param shared up to {@link #SHARED} words both statements hold, the heaviest in their similarity
 *     first (each word's weight in one times its weight in the other), as the index keeps words
 *     (lower case); none held by more than a fifth of the statements
 */
public record Neighbour(int document, double similarity, List<String> shared) {

  /** The most shared words a neighbour names. */
  public static final int SHARED = 5;

  /** Copies {@code shared}. */
  public Neighbour {
    shared = List.copyOf(shared);
  }

  /** A neighbour whose shared words are not told. */
  public Neighbour(int document, double similarity) {
    this(document, similarity, List.of());
  }
}

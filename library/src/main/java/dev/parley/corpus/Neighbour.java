package dev.parley.corpus;

/**
 * A statement near another one.
 *
 * @param document the neighbour's id in the index
 * @param similarity tf-idf cosine similarity, in [0, 1]
 */
public record Neighbour(int document, double similarity) {}

package dev.parley.similarity;

/**
 * Two paragraphs, one of each text, that say the same thing in other words: each the other's
 * closest in meaning, their words too few to link them on their own. What shared phrases miss.
 *
 * @param left the left paragraph's index (from 0)
 * @param right the right paragraph's index (from 0)
 * @param meaning how much closer in meaning the two are than each is to the other text's paragraphs
 *     on the whole, in [-1, 1]
 * @param words the cosine of their words weighed by how rare each is in the two texts, in [0, 1]
 */
public record Restatement(int left, int right, double meaning, double words) {}

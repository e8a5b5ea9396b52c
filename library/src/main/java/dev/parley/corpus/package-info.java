/**
 * Many statements at once: {@link dev.parley.corpus.CorpusIndex} indexes a folder of statements
 * (their normalised paragraphs, word sequences and term statistics), saves and loads the index, and
 * answers two questions at corpus scale: which statements are nearest each statement (tf-idf
 * cosine, with a pruned inverted index and exact re-scoring), and which passages of at least N
 * words statements of different delegations or years share (winnowed word shingles, extended to
 * maximal passages).
 */
@NullMarked
package dev.parley.corpus;

import org.jspecify.annotations.NullMarked;

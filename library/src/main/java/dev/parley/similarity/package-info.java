/**
 * Phrasing similarity: measures over {@link dev.parley.text.WordSequence word sequences} (each a
 * {@link dev.parley.similarity.TokenSimilarity}, in [0, 1], higher is closer), the calibrated
 * combined {@link dev.parley.similarity.PhrasingSimilarity}, and the {@link
 * dev.parley.similarity.SharedPhrases shared phrases} that explain a score.
 *
 * <pre>{@code
 * PhrasingSimilarity phrasing = PhrasingSimilarity.defaults();
 * double score = phrasing.similarity(WordSequence.of(left), WordSequence.of(right));
 * List<SharedPhrase> why = phrasing.sharedPhrases(WordSequence.of(left), WordSequence.of(right));
 * }</pre>
 */
@NullMarked
package dev.parley.similarity;

import org.jspecify.annotations.NullMarked;

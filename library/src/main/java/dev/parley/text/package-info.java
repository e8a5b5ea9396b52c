/**
 * Statement text: decoding ({@link dev.parley.text.TextDecoder}), normalisation ({@link
 * dev.parley.text.Normalizer}) and the statement model ({@link dev.parley.text.Statement}, {@link
 * dev.parley.text.Paragraph}, {@link dev.parley.text.Sentence}, {@link dev.parley.text.Token},
 * {@link dev.parley.text.Metadata}, {@link dev.parley.text.Span}), tokenisation ({@link
 * dev.parley.text.Tokenizer}) and word statistics ({@link dev.parley.text.TermStatistics}).
 *
 * <p>Nothing here knows about similarity or alignment.
 */
@NullMarked
package dev.parley.text;

import org.jspecify.annotations.NullMarked;

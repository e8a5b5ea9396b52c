/**
 * Alignment of two statements: {@link dev.parley.align.Aligner} links paragraphs as versions
 * (ordered, with splits, merges and moves) or as two delegations' statements (sparse related
 * links), then sentences and words inside; the result is an {@link dev.parley.align.Alignment} of
 * {@link dev.parley.align.Link}s.
 */
@NullMarked
package dev.parley.align;

import org.jspecify.annotations.NullMarked;

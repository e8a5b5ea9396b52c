/**
 * Word-level differences of aligned units: {@link dev.parley.diff.WordDiff}, on java-diff-utils,
 * with a semantic clean-up; results are {@link dev.parley.diff.DiffOp} lists.
 */
@NullMarked
package dev.parley.diff;

import org.jspecify.annotations.NullMarked;

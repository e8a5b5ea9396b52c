/**
 * Many versions of one statement at once: {@link dev.parley.history.Historian} follows every
 * paragraph through a series of versions (drafts, or one delegation's statement year after year)
 * and returns a {@link dev.parley.history.History}: links between paragraphs of an earlier and a
 * later version, restores of paragraphs that come back after versions without them, lineages, and a
 * timeline of the phrases the versions share.
 */
@NullMarked
package dev.parley.history;

import org.jspecify.annotations.NullMarked;

/**
 * The names of the delegations that speak in UN bodies, with their ISO 3166-1 alpha-3 codes, for
 * the title block and for naming a corpus's statements. Not API: not exported. It depends on
 * nothing, so every package may use it without a cycle.
 */
@NullMarked
package dev.parley.internal.names;

import org.jspecify.annotations.NullMarked;

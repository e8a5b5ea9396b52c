/**
 * Maps from long keys to primitive values, and the sorting of fingerprints, for word ids and
 * fingerprints on hot paths. Not API: not exported. It depends on nothing, so every package may use
 * it without a cycle.
 */
@NullMarked
package dev.parley.internal.primitive;

import org.jspecify.annotations.NullMarked;

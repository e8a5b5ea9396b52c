/**
 * Writing files safely: {@link dev.parley.io.AtomicWrite} replaces a report, an index or any output
 * whole or not at all, with the permissions a new file gets.
 */
@NullMarked
package dev.parley.io;

import org.jspecify.annotations.NullMarked;

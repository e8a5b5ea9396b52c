/**
 * Parley's front door: {@link dev.parley.Parley}, configured once and shared, and {@link
 * dev.parley.text.UnusableInputException}, the one exception for input that cannot be used.
 *
 * <pre>{@code
 * Parley parley = Parley.defaults();
 * Statement statement = parley.normalize(Path.of("seeds/kazakhstan-sixth-committee-terrorism.txt"));
 * }</pre>
 */
@NullMarked
package dev.parley;

import org.jspecify.annotations.NullMarked;

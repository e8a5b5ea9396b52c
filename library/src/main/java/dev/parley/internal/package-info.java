/**
 * Helpers of the library that are not its API: not exported by the module, free to change. What
 * goes here: code that more than one package of the library needs and that a user of the library
 * has no reason to call.
 */
@NullMarked
package dev.parley.internal;

import org.jspecify.annotations.NullMarked;

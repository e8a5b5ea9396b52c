/**
 * Renderings of a comparison for people: {@link dev.parley.report.HtmlReport}, one self-contained
 * HTML page with the statements side by side and an alignment picture.
 */
@NullMarked
package dev.parley.report;

import org.jspecify.annotations.NullMarked;

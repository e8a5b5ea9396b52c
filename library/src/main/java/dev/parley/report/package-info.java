/**
 * Renderings of results, the same the command line prints: {@link dev.parley.report.TextReport}
 * (plain text for a person at a terminal), {@link dev.parley.report.JsonReport} (the JSON contract
 * other programs read) and the self-contained HTML pages {@link dev.parley.report.HtmlReport} (a
 * comparison, side by side with an alignment picture) and {@link dev.parley.report.HistoryReport}
 * (a series of versions). {@link dev.parley.report.AlignmentView} is what a comparison's report
 * shows, for writing your own.
 */
@NullMarked
package dev.parley.report;

import org.jspecify.annotations.NullMarked;

/**
 * Seeing what training does: progress while it runs ({@link tanito.report.TrainingProgress}: a redrawn
 * bar per epoch on a terminal, one plain line per epoch elsewhere; numbers written by
 * {@link tanito.report.Format}), charts of what happened (rendered with
 * JFreeChart to PNG and, through JFreeSVG, to SVG), and a self-contained HTML report per run of
 * {@code train}, {@code cv}, {@code curves} and {@code search} ({@link tanito.report.RunReport},
 * {@link tanito.report.CvReport}, ...), rebuilt from the JSON file the run wrote (its record). An
 * adapter at the edge: it reads the core's results and never the reverse.
 */
package tanito.report;

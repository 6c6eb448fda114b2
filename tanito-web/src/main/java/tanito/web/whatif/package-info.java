/**
 * The What-If probe of a saved model ({@code tanito whatif}): the model's predictions on a data file
 * as a table, a data point editor, the nearest counterfactual, partial dependence, performance (with a
 * threshold, ROC and precision-recall curves for binary classifiers) and slices by one feature's range.
 * The pure computations ({@link tanito.web.whatif.Counterfactual}, {@link tanito.web.whatif.PartialDependence},
 * {@link tanito.web.whatif.Performance}, {@link tanito.web.whatif.Slices}) work on a
 * {@link tanito.web.whatif.Probe}; {@link tanito.web.whatif.WhatIfServer} serves them and the page.
 * The server holds only the model and data given on the command line: no request names a file.
 */
package tanito.web.whatif;

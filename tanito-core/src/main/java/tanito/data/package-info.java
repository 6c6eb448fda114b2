/**
 * Data: the immutable {@link tanito.data.Dataset}, reading it from CSV ({@link tanito.data.CsvReader}),
 * the built-in data sets ({@link tanito.data.Datasets}), splits into training, validation and test
 * parts ({@link tanito.data.SplitSpec}, stratified for classification), and feature scaling as a
 * spec that is fitted on training data only ({@link tanito.data.ScalerSpec} to
 * {@link tanito.data.Scaler}).
 *
 * <p>Conventions: rows are samples; a classification target is one column of class indices into
 * the sorted class names; randomness comes only from a passed-in {@link tanito.linalg.Rng}; bad
 * input fails with an {@link java.lang.IllegalArgumentException} whose one-line message names the
 * source, line and column. Belongs here: what turns files into datasets and datasets into training
 * input (readers, splits, folds, scalers, orderings). Not here: training, metrics, file formats of
 * models.
 */
package tanito.data;

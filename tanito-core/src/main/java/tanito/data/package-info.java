/**
 * Data: the immutable {@link tanito.data.Dataset}, reading it from CSV ({@link tanito.data.CsvReader},
 * with a policy for missing cells) or IDX files ({@link tanito.data.IdxReader}), the built-in and
 * synthetic data sets ({@link tanito.data.Datasets}, {@link tanito.data.Synthetic}), splits into
 * training, validation and test parts ({@link tanito.data.SplitSpec}, stratified for
 * classification), K-fold cross-validation folds ({@link tanito.data.FoldSpec} to
 * {@link tanito.data.Fold}), epoch orderings ({@link tanito.data.EpochOrder}), and preprocessing as a
 * spec that is fitted on training data only ({@link tanito.data.Preprocessing} to
 * {@link tanito.data.FittedPreprocessing}: an {@link tanito.data.ImputerSpec} and
 * {@link tanito.data.ScalerSpec}s for features and targets).
 *
 * <p>Conventions: rows are samples; a classification target is one column of class indices into
 * the sorted class names; randomness comes only from a passed-in {@link tanito.linalg.Rng}; bad
 * input fails with an {@link java.lang.IllegalArgumentException} whose one-line message names the
 * source, line and column. Belongs here: what turns files into datasets and datasets into training
 * input (readers, splits, folds, scalers, orderings). Not here: training, metrics, file formats of
 * models.
 */
package tanito.data;

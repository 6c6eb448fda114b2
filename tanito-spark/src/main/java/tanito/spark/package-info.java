/**
 * Data-parallel training, cross-validation and search on Apache Spark, reusing the single-machine
 * engine unchanged: the {@link tanito.train.TrainingRun} on the driver validates, keeps the history
 * and tells the callbacks; what differs is where an epoch's gradients come from.
 *
 * <ul>
 *   <li>{@code sync}: every step the driver sends the weights and the batch's row indices, each
 *       partition returns the mean gradient of its share of the batch, and the driver adds the
 *       shares in partition order weighted by their row counts, which is the batch's mean gradient:
 *       the same training as on one machine with the same global batch ({@link SyncBatches}).</li>
 *   <li>{@code average}: local SGD: each partition trains k steps from the current weights and
 *       optimiser state on its own rows, the driver averages both ({@link LocalSgdEpochs}).</li>
 *   <li>{@code full-batch}: {@code sync} with the whole training set as the batch, for L-BFGS, as
 *       MLlib trains its MLP.</li>
 * </ul>
 *
 * The preprocessing is fitted from the partitions: the raw training rows go to the executors once,
 * each partition returns its columns' statistics (count, mean and M2 combined by Chan et al.'s update;
 * minimum and maximum; counts and sums of present values for the mean imputer; sorted columns for the
 * robust scaler's and the median imputer's exact percentiles), and then prepares and keeps its own rows
 * ({@link ShardStatistics}, {@link DistributedRows}). The driver still holds the training rows, to
 * check them for missing values and draw the epoch orders.
 *
 * <p>Results are collected per partition and added on the driver in partition order, never with
 * {@code treeAggregate}, whose combining order varies from run to run: the same seed gives the same
 * model. Cross-validation and search train one model (a fold of a trial) per task
 * ({@link SparkTrials}). Spark is a {@code provided} dependency: a cluster brings its own.
 */
package tanito.spark;

package tanito.report;

import static tanito.Require.require;

import java.util.List;
import java.util.Map;
import tanito.data.FoldSpec;
import tanito.nn.NetworkSpec;
import tanito.train.TrainerConfig;

/**
 * The content of {@code cv.json}, written by {@code tanito cv} and read back by {@code tanito report}:
 * what was cross-validated on what, each fold's held-out result, and their mean and standard deviation.
 *
 * @param rows the data set's rows, all of which the folds share out
 * @param validationFraction the share of each fold's training rows held out for early stopping
 * @param perFold per fold, in the order they ran: repeat and fold (from 1), trainRows, testRows,
 *                bestEpoch, the loss and metric on the rows the model was fitted on (the fold's training
 *                rows less any early-stopping hold-out; keyed {@code train_loss} and {@code train_} and
 *                the metric's name), and on the test rows (keyed {@code loss} and by the metric's name)
 * @param metric the metric's name, for example {@code accuracy} or {@code rmse}
 */
public record CvRecord(String tanitoVersion, String data, int rows, FoldSpec folds, double validationFraction,
                       NetworkSpec network, TrainerConfig config, List<Map<String, Object>> perFold, String metric,
                       double meanMetric, double stdMetric, double meanLoss, double stdLoss) {
    public CvRecord {
        require(perFold != null && !perFold.isEmpty(), "a cross-validation has at least one fold, was %s", perFold);
        require(metric != null, "the metric's name is missing");
    }
}

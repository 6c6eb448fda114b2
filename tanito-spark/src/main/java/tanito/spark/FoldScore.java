package tanito.spark;

import java.io.Serializable;
import tanito.train.CrossValidation.FoldResult;

/**
 * How one fold of a distributed cross-validation did, as an executor sends it back: the fold's
 * place, the held-out loss and metric, the errors on the rows it was fitted on and on the held-out
 * rows (see {@link tanito.metrics.Errors}), and the epochs it trained.
 */
public record FoldScore(int repeat, int index, int trainRows, int testRows, double testLoss, String metricName, double testMetric,
                        double trainingError, double testError, int epochs, int bestEpoch) implements Serializable {

    static FoldScore of(FoldResult result) {
        return new FoldScore(result.fold().repeat(), result.fold().index(), result.fold().trainRows().length,
                result.test().rows(),
                result.test().loss(), result.test().metricName(), result.test().metric(), result.trainingError(),
                result.testError(), result.training().history().size(), result.training().bestEpoch());
    }
}

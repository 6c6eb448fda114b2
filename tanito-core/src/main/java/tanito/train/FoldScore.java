package tanito.train;

import java.io.Serializable;
import tanito.train.CrossValidation.FoldResult;

/**
 * How one fold of a cross-validation did, without its model: the fold's place and sizes, the loss
 * and metric on the rows the model was fitted on and on the held-out rows, the errors on both (see
 * {@link tanito.metrics.Errors}), and the epochs it trained. Small and serialisable, so that a fold
 * trained elsewhere (a Spark executor) can send it back.
 */
public record FoldScore(int repeat, int index, int trainRows, int testRows, String metricName, double trainingLoss,
                        double trainingMetric, double testLoss, double testMetric, double trainingError,
                        double testError, int epochs, int bestEpoch) implements Serializable {

    public static FoldScore of(FoldResult result) {
        return new FoldScore(result.fold().repeat(), result.fold().index(), result.fold().trainRows().length,
                result.test().rows(), result.test().metricName(), result.trainingFit().loss(),
                result.trainingFit().metric(), result.test().loss(), result.test().metric(), result.trainingError(),
                result.testError(), result.training().history().size(), result.training().bestEpoch());
    }
}

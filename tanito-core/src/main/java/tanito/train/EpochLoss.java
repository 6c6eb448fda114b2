package tanito.train;

import static tanito.Require.require;

/**
 * What an epoch of training reports: the mean training loss and metric over its rows, or, when the
 * loss stopped being finite, that loss and where it happened ({@code failedAt} not null).
 */
public record EpochLoss(double loss, double metric, String failedAt) {

    public EpochLoss {
        require(failedAt != null || Double.isFinite(loss), "a finished epoch's loss must be finite, was %s", loss);
    }

    public static EpochLoss finished(double loss, double metric) {
        return new EpochLoss(loss, metric, null);
    }

    /** The loss became {@code loss} (not finite) in {@code where}, e.g. "batch 3 of epoch 2". */
    public static EpochLoss failed(String where, double loss) {
        return new EpochLoss(loss, Double.NaN, where);
    }

    public boolean failed() {
        return failedAt != null;
    }
}

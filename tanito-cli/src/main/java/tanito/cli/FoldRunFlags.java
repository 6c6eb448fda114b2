package tanito.cli;

import picocli.CommandLine.Option;
import tanito.linalg.MatMul;

/**
 * What every cross-validated command ({@code cv}, {@code curves}, {@code search}) shares: the hold-out
 * for early stopping inside each fold, and how many models train at once.
 */
final class FoldRunFlags {
    @Option(names = "--validation-fraction", defaultValue = "0.1",
            description = "share of each fold's training rows held out for early stopping (default: ${DEFAULT-VALUE})")
    double validationFraction;
    @Option(names = "--threads", paramLabel = "T", description = "models trained at once (default: 1 with native BLAS, "
            + "which uses every core itself; one per processor with the pure-Java backend)")
    Integer threads;

    /**
     * The user's choice, else 1 with native BLAS and one per processor without. Measured on 2 cores
     * (4-fold CV of a 256-128 net on digits): with native OpenBLAS, which already spreads each product
     * over the cores, one model at a time took 5.1 s and two 11.5 s (the two thread pools fight); with
     * the pure-Java backend one took 11.3 s and two 6.9 s.
     */
    int workers() {
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
            }
            return threads;
        }
        return MatMul.backend().isNative() ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /** The rows a model trains on in one of {@code folds} folds of {@code rows}, after the hold-out. */
    int trainingRows(int rows, int folds) {
        return (int) Math.round(rows * (folds - 1.0) / folds * (1 - validationFraction));
    }
}

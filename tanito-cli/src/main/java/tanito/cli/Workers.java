package tanito.cli;

import tanito.linalg.MatMul;

/**
 * How many models to train at once when the user does not say. Measured on 2 cores (4-fold CV of a
 * 256-128 net on digits): with native OpenBLAS, which already spreads each product over the cores,
 * one model at a time took 5.1 s and two 11.5 s (the two thread pools fight); with the pure-Java
 * backend, which uses one core, one took 11.3 s and two 6.9 s.
 */
final class Workers {
    private Workers() {}

    /** The user's choice, else 1 with native BLAS and one per processor without. */
    static int resolve(Integer chosen) {
        if (chosen != null) {
            if (chosen < 1) {
                throw new IllegalArgumentException("--threads must be >= 1, was " + chosen);
            }
            return chosen;
        }
        return MatMul.backend().isNative() ? 1 : Runtime.getRuntime().availableProcessors();
    }

    static final String DESCRIPTION = "models trained at once (default: 1 with native BLAS, which uses every core "
            + "itself; one per processor with the pure-Java backend)";
}

package tanito.optim;

import static tanito.Require.require;

/** The checks every optimiser spec makes on its hyper-parameters, with messages that name the value. */
final class Hyper {
    private Hyper() {}

    static void learningRate(double learningRate) {
        require(learningRate > 0 && Double.isFinite(learningRate), "learningRate must be > 0, was %s", learningRate);
    }

    /** A decay rate of a moving average: in [0, 1). */
    static void beta(String name, double beta) {
        require(beta >= 0 && beta < 1, "%s must be in [0, 1), was %s", name, beta);
    }

    static void epsilon(double epsilon) {
        require(epsilon >= 0 && Double.isFinite(epsilon), "epsilon must be >= 0, was %s", epsilon);
    }

    static void weightDecay(double weightDecay) {
        require(weightDecay >= 0 && Double.isFinite(weightDecay), "weightDecay must be >= 0, was %s", weightDecay);
    }
}

package tanito.train;

import static tanito.Require.require;

import java.util.Locale;

/**
 * A plain reading of the bias-variance dilemma from a training error and a validation error (error
 * rates for classification, fractions of variance unexplained for regression; see
 * {@link tanito.metrics.Errors}). The rule, stated so that it can be checked:
 * <ul>
 *   <li>high bias: the training error itself exceeds the acceptable error (default 0.1): the model
 *       cannot fit even the data it sees;</li>
 *   <li>high variance: the validation error exceeds the training error by more than
 *       {@code max(0.05, trainingError / 2)}: the model fits its own data much better than new data
 *       (the relative term keeps a large but proportionate gap of a weak model from counting);</li>
 *   <li>a good fit otherwise.</li>
 * </ul>
 * After Andrew Ng's "Machine Learning Yearning" (2018), chapters 20-26 (avoidable bias and variance),
 * with the desired error standing in for the optimal error.
 */
public record Verdict(Kind kind, double trainingError, double validationError, String advice) {

    public enum Kind {
        GOOD_FIT("a good fit"),
        HIGH_BIAS("high bias"),
        HIGH_VARIANCE("high variance"),
        HIGH_BIAS_AND_VARIANCE("high bias and high variance");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The verdict with the default acceptable error, 0.1. */
    public static Verdict of(double trainingError, double validationError) {
        return of(trainingError, validationError, 0.1);
    }

    public static Verdict of(double trainingError, double validationError, double acceptableError) {
        require(acceptableError > 0, "the acceptable error must be > 0, was %s", acceptableError);
        boolean bias = trainingError > acceptableError;
        boolean variance = validationError - trainingError > Math.max(0.05, trainingError / 2);
        Kind kind = bias ? (variance ? Kind.HIGH_BIAS_AND_VARIANCE : Kind.HIGH_BIAS)
                : variance ? Kind.HIGH_VARIANCE : Kind.GOOD_FIT;
        String advice = switch (kind) {
            case HIGH_BIAS -> "a larger network, longer training or less regularisation";
            case HIGH_VARIANCE -> "more data, stronger regularisation (L2, dropout), early stopping or a smaller network";
            case HIGH_BIAS_AND_VARIANCE -> "first a larger network or longer training, then regularisation";
            case GOOD_FIT -> "keep it; check the test error once";
        };
        return new Verdict(kind, trainingError, validationError, advice);
    }

    /** "high variance: training error 0.000, validation error 0.121; try more data, ...". */
    public String describe() {
        return String.format(Locale.ROOT, "%s: training error %.3f, validation error %.3f; %s", kind.words(),
                trainingError, validationError, kind == Kind.GOOD_FIT ? advice : "try " + advice);
    }
}

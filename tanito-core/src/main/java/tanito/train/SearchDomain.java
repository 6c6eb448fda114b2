package tanito.train;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tanito.linalg.Rng;

/**
 * The values one numeric hyper-parameter of a {@link SearchSpace} may take: a list (which a grid
 * enumerates and random search draws from uniformly), or a range that only random search can use.
 * Rates and penalties span orders of magnitude, so their range is log-uniform: {@code log x} is
 * uniform on {@code [log low, log high]}, and each decade is drawn equally often (Bergstra &amp;
 * Bengio, "Random search for hyper-parameter optimization", JMLR 13, 2012, sec. 2.2). A penalty may
 * also be exactly zero, which no log-uniform draw gives: {@code zeroShare} of the draws are 0.
 * Dropout rates are drawn uniformly.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SearchDomain.Choices.class, name = "list"),
        @JsonSubTypes.Type(value = SearchDomain.LogUniform.class, name = "logUniform"),
        @JsonSubTypes.Type(value = SearchDomain.Uniform.class, name = "uniform")})
public sealed interface SearchDomain {

    /** One draw. */
    double sample(Rng rng);

    /** The smallest value it can take. */
    double min();

    /** The largest value it can take. */
    double max();

    /** A list: the grid takes every value, random search one of them, each equally likely. */
    record Choices(List<Double> values) implements SearchDomain {
        public Choices {
            require(values != null && !values.isEmpty(), "a list of values must not be empty");
            for (Double v : values) {
                require(v != null && Double.isFinite(v), "list values must be finite numbers, was %s", v);
            }
            values = List.copyOf(values);
        }

        public static Choices of(double... values) {
            return new Choices(Arrays.stream(values).boxed().toList());
        }

        @Override
        public double sample(Rng rng) {
            return values.get(rng.nextInt(values.size()));
        }

        @Override
        public double min() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        @Override
        public double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }

        @Override
        public String toString() {
            return "list " + values;
        }
    }

    /**
     * {@code x = exp(log low + u (log high - log low))} with u uniform on [0, 1); with probability
     * {@code zeroShare} the draw is 0 instead.
     */
    record LogUniform(double low, double high, double zeroShare) implements SearchDomain {
        public LogUniform {
            require(Double.isFinite(low) && Double.isFinite(high) && low > 0,
                    "a log-uniform range needs 0 < low, was [%s, %s]", low, high);
            require(low <= high, "range low must be <= high, was [%s, %s]", low, high);
            require(zeroShare >= 0 && zeroShare < 1, "zeroShare must be in [0, 1), was %s", zeroShare);
        }

        /** Never zero. */
        public static LogUniform of(double low, double high) {
            return new LogUniform(low, high, 0);
        }

        @Override
        public double sample(Rng rng) {
            if (zeroShare > 0 && rng.nextDouble() < zeroShare) {
                return 0;
            }
            double u = rng.nextDouble();
            return Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)));
        }

        @Override
        public double min() {
            return zeroShare > 0 ? 0 : low;
        }

        @Override
        public double max() {
            return high;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "log-uniform [%s, %s]%s", low, high,
                    zeroShare > 0 ? String.format(Locale.ROOT, " or 0 with probability %s", zeroShare) : "");
        }
    }

    /** {@code x = low + u (high - low)} with u uniform on [0, 1). */
    record Uniform(double low, double high) implements SearchDomain {
        public Uniform {
            require(Double.isFinite(low) && Double.isFinite(high), "a range needs finite ends, was [%s, %s]", low, high);
            require(low <= high, "range low must be <= high, was [%s, %s]", low, high);
        }

        @Override
        public double sample(Rng rng) {
            return low + rng.nextDouble() * (high - low);
        }

        @Override
        public double min() {
            return low;
        }

        @Override
        public double max() {
            return high;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "uniform [%s, %s]", low, high);
        }
    }
}

package tanito.optim;

import com.fasterxml.jackson.databind.JsonNode;
import tanito.Golden;

/** The golden optimiser functions: value and gradient in double at float parameters. */
public final class Objectives {
    private static final JsonNode QUADRATIC = Golden.read("optimizers.json").get("quadratic");
    private static final double[][] Q = Golden.matrix(QUADRATIC.get("Q"));
    private static final double[] B = Golden.vector(QUADRATIC.get("b"));

    private Objectives() {}

    /** The named golden function, plus {@code l1 * sum |p|} with the subgradient {@code l1 * sign(p)}. */
    public static Objective of(String function, double l1) {
        return (p, g) -> {
            double value = evaluate(function, p, g);
            for (int i = 0; i < p.length; i++) {
                value += l1 * Math.abs(p[i]);
                g[i] += (float) (l1 * Math.signum(p[i]));
            }
            return value;
        };
    }

    /** Writes the gradient of the named function at p into g and returns its value. */
    public static double evaluate(String function, float[] p, float[] g) {
        switch (function) {
            case "rosenbrock": {
                double x = p[0], y = p[1];
                g[0] = (float) (-2 * (1 - x) - 400 * x * (y - x * x));
                g[1] = (float) (200 * (y - x * x));
                return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
            }
            case "quadratic": {
                double value = 0;
                for (int i = 0; i < p.length; i++) {
                    double qp = 0;
                    for (int j = 0; j < p.length; j++) {
                        qp += Q[i][j] * p[j];
                    }
                    g[i] = (float) (qp - B[i]);
                    value += 0.5 * p[i] * qp - B[i] * p[i];
                }
                return value;
            }
            default:
                throw new AssertionError("unknown golden function " + function);
        }
    }
}

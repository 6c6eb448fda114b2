package tanito.optim.lbfgs;

/**
 * The minimiser of the cubic through two points of a line search, each with its value and slope,
 * clamped to bounds: torch's {@code _cubic_interpolate}, ported from Torch7's {@code polyinterp.lua}
 * (after minFunc). With x2 the farther point:
 * <pre>
 *   d1 = g1 + g2 - 3 (f1 - f2) / (x1 - x2)
 *   d2 = sqrt(d1^2 - g1 g2)
 *   x  = x2 - (x2 - x1) (g2 + d2 - d1) / (g2 - g1 + 2 d2),   clamped to [lower, upper]
 * </pre>
 * and the midpoint of the bounds when {@code d1^2 < g1 g2} (the cubic has no minimiser). Beyond torch:
 * a non-finite result (a division by zero, or a failed trial's infinite value) also gives the midpoint.
 */
final class CubicInterpolation {
    private CubicInterpolation() {}

    /** The clamped minimiser between the two points themselves. */
    static double minimum(double x1, double f1, double g1, double x2, double f2, double g2) {
        return minimum(x1, f1, g1, x2, f2, g2, Math.min(x1, x2), Math.max(x1, x2));
    }

    /** The minimiser clamped to {@code [lower, upper]}. */
    static double minimum(double x1, double f1, double g1, double x2, double f2, double g2,
                          double lower, double upper) {
        double d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2);
        double d2Square = d1 * d1 - g1 * g2;
        if (d2Square >= 0) {
            double d2 = Math.sqrt(d2Square);
            double at = x1 <= x2
                    ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
                    : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
            double clamped = Math.min(Math.max(at, lower), upper);
            if (Double.isFinite(clamped)) {
                return clamped;
            }
        }
        return (lower + upper) / 2;
    }
}

package tanito.optim.lbfgs;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Vectors;

/**
 * The last m curvature pairs {@code s_i = x_{i+1} - x_i = t_i d_i}, {@code y_i = g_{i+1} - g_i} with
 * {@code rho_i = 1 / (y_i's_i)}, and the two-loop recursion that multiplies a gradient by the implied
 * inverse-Hessian approximation H (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., Alg. 7.4;
 * Liu &amp; Nocedal 1989), with torch's initial matrix {@code H_0 = gamma I}:
 * <pre>
 *   q = g
 *   for i = k-1 ... k-m:   alpha_i = rho_i s_i'q;   q = q - alpha_i y_i
 *   r = gamma q,           gamma = s_{k-1}'y_{k-1} / y_{k-1}'y_{k-1}   (1 before the first pair)
 *   for i = k-m ... k-1:   beta = rho_i y_i'r;      r = r + (alpha_i - beta) s_i
 *   d = -r = -H g
 * </pre>
 * A pair is kept only when {@code y's > 1e-10} (so H stays positive definite); when m pairs are held
 * the oldest is dropped and its arrays reused. Vectors are float, products and scalars double.
 */
final class CurvatureHistory {
    static final double MIN_CURVATURE = 1e-10;

    private record Pair(float[] y, float[] s, double rho) {}

    private final int capacity;
    private final List<Pair> pairs = new ArrayList<>();
    private final double[] alpha;
    private float[] spareY;
    private float[] spareS;
    private double gamma = 1;

    CurvatureHistory(int capacity) {
        this.capacity = capacity;
        this.alpha = new double[capacity];
    }

    /**
     * Offers the pair from the last step: {@code y = gradient - previousGradient},
     * {@code s = step * direction}; keeps it when {@code y's > 1e-10} and then sets gamma.
     */
    void offer(float[] gradient, float[] previousGradient, float[] direction, double step) {
        int n = gradient.length;
        float[] y = spareY != null ? spareY : new float[n];
        float[] s = spareS != null ? spareS : new float[n];
        Vectors.difference(gradient, previousGradient, y);
        Vectors.scaled(step, direction, s);
        double ys = Vectors.dot(y, s);
        if (!(ys > MIN_CURVATURE)) { // also rejects NaN, as torch's `if ys > 1e-10` does
            spareY = y;
            spareS = s;
            return;
        }
        spareY = null;
        spareS = null;
        if (pairs.size() == capacity) {
            Pair oldest = pairs.remove(0);
            spareY = oldest.y();
            spareS = oldest.s();
        }
        pairs.add(new Pair(y, s, 1 / ys));
        gamma = ys / Vectors.dot(y, y);
    }

    /** Writes {@code -H gradient} into {@code direction} by the two-loop recursion. */
    void direction(float[] gradient, float[] direction) {
        for (int i = 0; i < gradient.length; i++) {
            direction[i] = -gradient[i];
        }
        for (int i = pairs.size() - 1; i >= 0; i--) {
            Pair p = pairs.get(i);
            alpha[i] = Vectors.dot(p.s(), direction) * p.rho();
            Vectors.addScaled(-alpha[i], p.y(), direction);
        }
        Vectors.scaled(gamma, direction, direction);
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            double beta = Vectors.dot(p.y(), direction) * p.rho();
            Vectors.addScaled(alpha[i] - beta, p.s(), direction);
        }
    }

    /** The number of pairs held. */
    int size() {
        return pairs.size();
    }
}

package tanito.optim.lbfgs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tanito.linalg.Rng;
import tanito.linalg.Vectors;

/**
 * The two-loop recursion equals the explicit BFGS inverse-Hessian update applied to the same pairs
 * from {@code H_0 = gamma I} (Nocedal &amp; Wright, eq. 7.19):
 * {@code H = (I - rho s y') H (I - rho y s') + rho s s'}.
 */
class CurvatureHistoryTest {
    private static final int N = 5;
    private static final double[][] A = { // symmetric positive definite, so y = A s has y's > 0
            {4, 1, 0, 0.5, 0}, {1, 3, 0.2, 0, 0}, {0, 0.2, 2, 0.1, 0}, {0.5, 0, 0.1, 5, 1}, {0, 0, 0, 1, 1.5}};

    @Test
    void theTwoLoopRecursionIsTheBfgsInverseHessianTimesTheGradient() {
        check(10, 4, 4);
    }

    @Test
    void onlyTheLastHistorySizePairsCount() {
        check(2, 4, 2);
    }

    @Test
    void aPairWithoutPositiveCurvatureIsNotKept() {
        CurvatureHistory history = new CurvatureHistory(3);
        float[] g = {1, 0, 0, 0, 0};
        float[] previous = {2, 0, 0, 0, 0};
        float[] d = {1, 0, 0, 0, 0};
        history.offer(g, previous, d, 1); // y's = -1
        assertEquals(0, history.size());
        float[] direction = new float[N];
        history.direction(new float[] {1, 2, 3, 4, 5}, direction);
        assertEquals(-3f, direction[2], "no pairs: d = -g");
    }

    private static void check(int capacity, int offered, int kept) {
        Rng rng = Rng.seeded(3);
        CurvatureHistory history = new CurvatureHistory(capacity);
        float[][] s = new float[offered][];
        float[][] y = new float[offered][];
        for (int k = 0; k < offered; k++) {
            float[] direction = random(rng);
            double step = 0.5 + k;
            float[] previous = random(rng);
            s[k] = new float[N];
            Vectors.scaled(step, direction, s[k]);
            float[] gradient = previous.clone();
            double[] as = times(A, s[k]);
            for (int i = 0; i < N; i++) {
                gradient[i] = (float) (previous[i] + as[i]);
            }
            y[k] = new float[N];
            Vectors.difference(gradient, previous, y[k]);
            history.offer(gradient, previous, direction, step);
        }
        assertEquals(kept, history.size());
        float[] g = random(rng);
        float[] direction = new float[N];
        history.direction(g, direction);

        int last = offered - 1;
        double gamma = Vectors.dot(s[last], y[last]) / Vectors.dot(y[last], y[last]);
        double[][] h = new double[N][N];
        for (int i = 0; i < N; i++) {
            h[i][i] = gamma;
        }
        for (int k = offered - kept; k < offered; k++) {
            h = bfgsUpdate(h, s[k], y[k]);
        }
        double[] expected = times(h, g);
        for (int i = 0; i < N; i++) {
            assertEquals(-expected[i], direction[i], 1e-5 * Math.max(1, Math.abs(expected[i])), "d[" + i + "]");
        }
    }

    private static double[][] bfgsUpdate(double[][] h, float[] s, float[] y) {
        double rho = 1 / Vectors.dot(y, s);
        double[][] v = new double[N][N]; // V = I - rho y s'
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                v[i][j] = (i == j ? 1 : 0) - rho * y[i] * s[j];
            }
        }
        double[][] next = new double[N][N]; // V' H V + rho s s'
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double sum = rho * s[i] * s[j];
                for (int a = 0; a < N; a++) {
                    for (int b = 0; b < N; b++) {
                        sum += v[a][i] * h[a][b] * v[b][j];
                    }
                }
                next[i][j] = sum;
            }
        }
        return next;
    }

    private static double[] times(double[][] m, float[] x) {
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                out[i] += m[i][j] * x[j];
            }
        }
        return out;
    }

    private static float[] random(Rng rng) {
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return x;
    }
}

package tanito.data;

import static java.lang.StrictMath.cos;
import static java.lang.StrictMath.sin;
import static java.lang.StrictMath.sqrt;
import static tanito.Require.require;

import java.util.List;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;

/**
 * Generated data sets: the six 2-D sets of the TensorFlow Playground (Smilkov &amp; Carter,
 * playground.tensorflow.org; generators in github.com/tensorflow/playground, {@code src/dataset.ts})
 * and von Neumann's elephant for showing overfitting.
 *
 * <p>Playground sets have features {@code x1, x2} and the target {@code label}. Each follows its
 * dataset.ts generator, including where the noise enters, with {@code noise} as the playground's
 * slider divided by 100 (the slider runs from 0 to 50, so 0 to 0.5; larger values are allowed):
 * <ul>
 *   <li>{@link #circle}: half the points uniform in radius in [0, 2.5), the others in [3.5, 5); a
 *   point is class 1 when the point moved by a uniform offset in [-5, 5) times noise per coordinate
 *   lies within radius 2.5, so noise flips labels near the boundary and the points stay in place.
 *   <li>{@link #xor}: x1, x2 uniform in [-5, 5) and pushed 0.3 away from the axes; class 1 when
 *   x1 * x2 &gt;= 0 for the point moved as in circle (offsets in [-5, 5) times noise).
 *   <li>{@link #gaussians}: half the points Gaussian around (2, 2) (class 1), half around (-2, -2)
 *   (class 0), with variance 0.5 + 7 noise per coordinate (the playground's linear map of noise
 *   [0, 0.5] to variance [0.5, 4]); the only set where noise widens the clouds.
 *   <li>{@link #spiral}: two spirals of radius {@code r = 5 i / n} at angle {@code 3.5 pi i / n}
 *   ({@code n} = rows / 2) and that angle plus pi; noise moves each coordinate by a uniform
 *   offset in [-1, 1) times noise.
 *   <li>{@link #plane} (regression): x1, x2 uniform in [-6, 6), label {@code (x1 + x2) / 10}
 *   computed at the point moved by offsets in [-6, 6) times noise.
 *   <li>{@link #multiGaussian} (regression): x1, x2 uniform in [-6, 6); six bumps at
 *   (-4|0|4, 2.5|-2.5) with alternating signs, each {@code sign * max(0, 1 - distance / 2)}; the
 *   label is the bump largest in absolute value at the point moved as in plane.
 * </ul>
 * So features lie in [-6, 6] except the Gaussian clouds (unbounded) and the noisy spiral (up to
 * 5 + noise). The playground's labels -1 and 1 are classes "0" and "1". For an odd number of rows
 * the playground's first half (class 1) has the extra row. As the playground does before
 * splitting, the rows are shuffled, so the classes are interleaved.
 *
 * <p>Every draw comes from the given {@link Rng} in a fixed order, so a seed fixes the data; the
 * uniform and Gaussian draws are Tanito's, not the playground's JavaScript {@code Math.random}.
 */
public final class Synthetic {
    private static final List<String> XY = List.of("x1", "x2");
    private static final List<String> LABEL = List.of("label");
    private static final List<String> CLASSES = List.of("0", "1");

    private Synthetic() {}

    /** A disc of class 1 inside a ring of class 0. */
    public static Dataset circle(int rows, double noise, Rng rng) {
        Points points = new Points(rows, noise, XY, LABEL, CLASSES);
        for (int i = 0; i < rows; i++) {
            boolean inside = i < firstHalf(rows);
            double r = inside ? uniform(rng, 0, 2.5) : uniform(rng, 3.5, 5);
            double angle = uniform(rng, 0, 2 * Math.PI);
            double x = r * sin(angle), y = r * cos(angle);
            double nx = uniform(rng, -5, 5) * noise, ny = uniform(rng, -5, 5) * noise;
            points.add(x, y, sqrt((x + nx) * (x + nx) + (y + ny) * (y + ny)) < 2.5 ? 1 : 0);
        }
        return points.shuffled(rng);
    }

    /** Class 1 in the first and third quadrants, class 0 in the others. */
    public static Dataset xor(int rows, double noise, Rng rng) {
        Points points = new Points(rows, noise, XY, LABEL, CLASSES);
        for (int i = 0; i < rows; i++) {
            double x = awayFromAxis(uniform(rng, -5, 5)), y = awayFromAxis(uniform(rng, -5, 5));
            double nx = uniform(rng, -5, 5) * noise, ny = uniform(rng, -5, 5) * noise;
            points.add(x, y, (x + nx) * (y + ny) >= 0 ? 1 : 0);
        }
        return points.shuffled(rng);
    }

    /** Two Gaussian clouds, class 1 around (2, 2) and class 0 around (-2, -2). */
    public static Dataset gaussians(int rows, double noise, Rng rng) {
        Points points = new Points(rows, noise, XY, LABEL, CLASSES);
        double deviation = sqrt(0.5 + 7 * noise);
        for (int i = 0; i < rows; i++) {
            boolean positive = i < firstHalf(rows);
            double center = positive ? 2 : -2;
            double x = center + deviation * rng.nextGaussian(), y = center + deviation * rng.nextGaussian();
            points.add(x, y, positive ? 1 : 0);
        }
        return points.shuffled(rng);
    }

    /** Two interleaved spirals, class 1 starting at angle 0 and class 0 at angle pi. */
    public static Dataset spiral(int rows, double noise, Rng rng) {
        Points points = new Points(rows, noise, XY, LABEL, CLASSES);
        double n = rows / 2.0;
        for (int i = 0; i < rows; i++) {
            boolean positive = i < firstHalf(rows);
            int step = positive ? i : i - firstHalf(rows);
            double r = step / n * 5, t = 1.75 * step / n * 2 * Math.PI + (positive ? 0 : Math.PI);
            double x = r * sin(t) + uniform(rng, -1, 1) * noise, y = r * cos(t) + uniform(rng, -1, 1) * noise;
            points.add(x, y, positive ? 1 : 0);
        }
        return points.shuffled(rng);
    }

    /** Regression on a tilted plane: {@code label = (x1 + x2) / 10}. */
    public static Dataset plane(int rows, double noise, Rng rng) {
        Points points = new Points(rows, noise, XY, LABEL, List.of());
        for (int i = 0; i < rows; i++) {
            double x = uniform(rng, -6, 6), y = uniform(rng, -6, 6);
            double nx = uniform(rng, -6, 6) * noise, ny = uniform(rng, -6, 6) * noise;
            points.add(x, y, (x + nx + y + ny) / 10);
        }
        return points.shuffled(rng);
    }

    /** Regression on six signed bumps; see the class comment. */
    public static Dataset multiGaussian(int rows, double noise, Rng rng) {
        Points points = new Points(rows, noise, XY, LABEL, List.of());
        for (int i = 0; i < rows; i++) {
            double x = uniform(rng, -6, 6), y = uniform(rng, -6, 6);
            double nx = uniform(rng, -6, 6) * noise, ny = uniform(rng, -6, 6) * noise;
            points.add(x, y, bumps(x + nx, y + ny));
        }
        return points.shuffled(rng);
    }

    /**
     * Points of the outline of {@link Elephant}: feature {@code t} uniform in [0, 2 pi), targets
     * {@code x} and {@code y} of the paper's curve plus Gaussian noise of standard deviation
     * {@code noise * }{@link Elephant#SCALE} (about 62.6) on each; a regression set whose few
     * Fourier terms invite a large network to overfit the noise.
     */
    public static Dataset elephant(int rows, double noise, Rng rng) {
        Points points = new Points(rows, noise, List.of("t"), List.of("x", "y"), List.of());
        double deviation = noise * Elephant.SCALE;
        for (int i = 0; i < rows; i++) {
            double t = uniform(rng, 0, 2 * Math.PI);
            double x = Elephant.x(t) + deviation * rng.nextGaussian();
            double y = Elephant.y(t) + deviation * rng.nextGaussian();
            points.add(t, x, y);
        }
        return points.shuffled(rng);
    }

    private static final double[][] BUMPS = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1},
        {4, -2.5, -1}};

    private static double bumps(double x, double y) {
        double label = 0;
        for (double[] bump : BUMPS) {
            double distance = sqrt((x - bump[0]) * (x - bump[0]) + (y - bump[1]) * (y - bump[1]));
            double value = bump[2] * Math.max(0, 1 - distance / 2);
            if (Math.abs(value) > Math.abs(label)) {
                label = value;
            }
        }
        return label;
    }

    /** The size of the first (class 1) half: the larger one when rows is odd. */
    private static int firstHalf(int rows) {
        return rows - rows / 2;
    }

    private static double awayFromAxis(double v) {
        return v > 0 ? v + 0.3 : v - 0.3;
    }

    private static double uniform(Rng rng, double from, double to) {
        return from + (to - from) * rng.nextDouble();
    }

    /** Rows as they are generated (features, then targets), then shuffled into a dataset. */
    private static final class Points {
        private final List<String> featureNames, targetNames, classNames;
        private final float[] values;
        private final int width;
        private int size;

        Points(int rows, double noise, List<String> featureNames, List<String> targetNames, List<String> classNames) {
            require(rows > 0, "rows must be > 0, was %d", rows);
            require(noise >= 0 && Double.isFinite(noise), "noise must be finite and >= 0, was %s", noise);
            this.featureNames = featureNames;
            this.targetNames = targetNames;
            this.classNames = classNames;
            this.width = featureNames.size() + targetNames.size();
            this.values = new float[Math.multiplyExact(rows, width)];
        }

        void add(double... row) {
            for (double v : row) {
                values[size++] = (float) v;
            }
        }

        Dataset shuffled(Rng rng) {
            int rows = values.length / width, features = featureNames.size(), targets = targetNames.size();
            Matrix x = Matrix.zeros(rows, features), y = Matrix.zeros(rows, targets);
            int[] order = rng.permutation(rows);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(values, order[r] * width, x.data(), r * features, features);
                System.arraycopy(values, order[r] * width + features, y.data(), r * targets, targets);
            }
            return new Dataset(x, y, featureNames, targetNames, classNames);
        }
    }
}

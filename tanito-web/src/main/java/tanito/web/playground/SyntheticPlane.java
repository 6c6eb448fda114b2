package tanito.web.playground;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import tanito.data.Dataset;
import tanito.data.Synthetic;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;

/**
 * The Playground's synthetic data on the plane: the spec's data set drawn from {@link Synthetic}, and
 * the chosen input features of points (x1, x2), for the data and for a grid over the plane.
 */
final class SyntheticPlane {
    private SyntheticPlane() {}

    /** The chosen data set: 500 points for classification, 1200 for regression, as TensorFlow Playground. */
    static Dataset generate(DataChoice data, Rng rng) {
        int rows = data.problem() == Problem.CLASSIFICATION ? 500 : 1200;
        double noise = data.noise() / 100.0;
        return switch (data.dataset()) {
            case CIRCLE -> Synthetic.circle(rows, noise, rng);
            case XOR -> Synthetic.xor(rows, noise, rng);
            case GAUSSIANS -> Synthetic.gaussians(rows, noise, rng);
            case SPIRAL -> Synthetic.spiral(rows, noise, rng);
            case PLANE -> Synthetic.plane(rows, noise, rng);
            case MULTI_GAUSSIAN -> Synthetic.multiGaussian(rows, noise, rng);
        };
    }

    /** The points with the chosen features of their (x1, x2) as feature columns. */
    static Dataset withFeatures(Dataset points, List<Feature> features) {
        Matrix x = points.features();
        Matrix columns = featureRows(x.rows(), features, r -> x.get(r, 0), r -> x.get(r, 1));
        return new Dataset(columns, points.targets(), features.stream().map(Feature::id).toList(),
                points.targetNames(), points.classNames());
    }

    /** The features of a {@code grid x grid} grid over [-6, 6]², row-major from the top left. */
    static Matrix grid(List<Feature> features, int grid) {
        double step = 2 * PlaygroundSession.EXTENT / (grid - 1);
        return featureRows(grid * grid, features, i -> -PlaygroundSession.EXTENT + step * (i % grid), i -> PlaygroundSession.EXTENT - step * (i / grid));
    }

    private static Matrix featureRows(int rows, List<Feature> features, IntToDoubleFunction x1,
                                      IntToDoubleFunction x2) {
        Matrix m = Matrix.zeros(rows, features.size());
        for (int r = 0; r < rows; r++) {
            double a = x1.applyAsDouble(r), b = x2.applyAsDouble(r);
            for (int f = 0; f < features.size(); f++) {
                m.set(r, f, (float) features.get(f).at(a, b));
            }
        }
        return m;
    }
}

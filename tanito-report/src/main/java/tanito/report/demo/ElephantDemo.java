package tanito.report.demo;

import static tanito.report.Format.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tanito.data.Dataset;
import tanito.data.ScalerSpec;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.data.Synthetic;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.NetworkSpec;
import tanito.optim.lbfgs.Lbfgs;
import tanito.report.ElephantChart;
import tanito.report.Figure;
import tanito.report.RenderedChart;
import tanito.train.Model;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;

/**
 * "With four parameters I can fit an elephant, and with five I can make him wiggle his trunk" (von
 * Neumann, after Dyson 2004), as Mayer, Khairy &amp; Howard (2010) did it: the outline is a Fourier
 * series, and a model with P complex parameters fits the coefficients of the frequencies 1..P of
 * x(t) and y(t). Each model is a linear network (no hidden layer) on the features cos kt and sin kt,
 * k = 1..P, trained by L-BFGS on the mean squared error: with 4 the outline is nearly there, with 5
 * (the frequencies the curve really has) it fits, with 40 on 30 noisy training points it follows
 * the noise: a lower training error and a higher validation error.
 */
final class ElephantDemo extends Demo {
    static final int[] PARAMETERS = {4, 5, 40};
    static final int ROWS = 60;
    static final double NOISE = 0.05;

    ElephantDemo() {
        super("elephant", "the elephant fitted with 4, 5 and 40 Fourier parameters: the last overfits");
    }

    @Override
    public DemoResult run(long seed) {
        Dataset outline = Synthetic.elephant(ROWS, NOISE, Rng.seeded(seed).split(1));
        Split split = SplitSpec.of(50, 50, 0).apply(outline, Rng.seeded(seed).split(0));
        double[] grid = new double[400];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 2 * Math.PI * i / (grid.length - 1);
        }
        List<ElephantChart.Fit> fits = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of("the elephant's outline, " + ROWS + " points with noise " + NOISE
                + " (of its size), half for training, half for validation; seed " + seed));
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (int p : PARAMETERS) {
            NetworkSpec network = NetworkSpec.input(2 * p).output(2);
            TrainerConfig config = TrainerConfig.of(Loss.meanSquaredError(), Lbfgs.defaults()).withEpochs(20)
                    .withBatchSize(split.train().rows()).withScaler(ScalerSpec.none()).withSeed(seed);
            Model model = new Trainer(config).fit(network, fourier(split.train(), p), null).model();
            double train = meanSquaredError(model, fourier(split.train(), p));
            double validation = meanSquaredError(model, fourier(split.validation(), p));
            Matrix curve = model.predict(fourier(grid, p));
            double[] x = new double[grid.length];
            double[] y = new double[grid.length];
            for (int i = 0; i < grid.length; i++) {
                x[i] = curve.get(i, 1);
                y[i] = -curve.get(i, 0);
            }
            fits.add(new ElephantChart.Fit(p + " parameters", x, y));
            lines.add(String.format(java.util.Locale.ROOT, "%2d parameters (%3d weights): training MSE %s, validation MSE %s",
                    p, network.parameterCount(), number(train), number(validation)));
            numbers.put(p + "_training_mse", train);
            numbers.put(p + "_validation_mse", validation);
        }
        Figure chart = new Figure("The elephant", "Training (filled) and validation (hollow) points of the outline, "
                + "and the fits with 4, 5 and 40 parameters.", RenderedChart.of("elephant", ElephantChart.chart(
                "The elephant: 4, 5 and 40 parameters", standing(split.train()), standing(split.validation()), fits), 720, 560));
        return new DemoResult(name(), lines, List.of(chart), numbers);
    }

    /** The outline's points drawn standing: (y, -x), as Zolnierczuk's code plots them. */
    private static ElephantChart.Sample standing(Dataset part) {
        double[] x = new double[part.rows()];
        double[] y = new double[part.rows()];
        for (int r = 0; r < part.rows(); r++) {
            x[r] = part.targets().get(r, 1);
            y[r] = -part.targets().get(r, 0);
        }
        return new ElephantChart.Sample(x, y);
    }

    private static double meanSquaredError(Model model, Dataset part) {
        Matrix predicted = model.predict(part.features());
        double sum = 0;
        for (int r = 0; r < part.rows(); r++) {
            for (int c = 0; c < 2; c++) {
                double d = predicted.get(r, c) - part.targets().get(r, c);
                sum += d * d;
            }
        }
        return sum / (2.0 * part.rows());
    }

    private static Dataset fourier(Dataset part, int p) {
        double[] t = new double[part.rows()];
        for (int r = 0; r < t.length; r++) {
            t[r] = part.features().get(r, 0);
        }
        Matrix features = fourier(t, p);
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= p; k++) {
            names.add("cos " + k + "t");
            names.add("sin " + k + "t");
        }
        return new Dataset(features, part.targets(), names, part.targetNames(), List.of());
    }

    private static Matrix fourier(double[] t, int p) {
        Matrix features = Matrix.zeros(t.length, 2 * p);
        for (int r = 0; r < t.length; r++) {
            for (int k = 1; k <= p; k++) {
                features.set(r, 2 * k - 2, (float) Math.cos(k * t[r]));
                features.set(r, 2 * k - 1, (float) Math.sin(k * t[r]));
            }
        }
        return features;
    }
}

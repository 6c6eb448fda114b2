package tanito.web.playground;

import java.util.List;
import java.util.stream.IntStream;
import tanito.data.Dataset;
import tanito.data.Synthetic;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;
import tanito.regularize.Penalty;
import tanito.train.Model;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingRun;


/**
 * One Playground training run on the real engine: the spec's data set generated from its seed (500
 * points for classification, 1200 for regression, as TensorFlow Playground), its input features
 * computed from (x1, x2), the first {@code trainPercent} percent of the (shuffled) points for
 * training and the rest for testing, a network of the hidden layers and one output (a sigmoid
 * probability of class 1 with binary cross-entropy, or a linear value with squared error), plain
 * SGD at the spec's learning rate (the playground's optimiser), the spec's L1 or L2 penalty, and
 * standardised features (fitted on the training points). {@link #step} trains one epoch.
 *
 * <p>Not thread-safe: one thread drives a session. The same spec gives bit-identical epochs.
 */
public final class PlaygroundSession {
    /** The boundary grid's points per side and its half-width: {@code GRID x GRID} points over [-6, 6]². */
    public static final int GRID = 50;
    public static final double EXTENT = 6;

    private static final long DATA = 1;
    private static final long TRAINING = 2;

    private final PlaygroundSpec spec;
    private final Dataset train;
    private final Dataset test;
    private final PlaygroundPoints points;
    private final PlaneView view;
    private final Matrix gridInputs;
    private final TrainingRun run;
    private Model model;

    public PlaygroundSession(PlaygroundSpec spec) {
        this(spec, null);
    }

    /**
     * A session on {@code uploaded} (its rows shuffled by the spec's seed; the spec's features and noise
     * do not apply), or on the spec's data set when it is null.
     */
    public PlaygroundSession(PlaygroundSpec spec, Dataset uploaded) {
        this.spec = spec;
        Rng data = Rng.seeded(spec.seed()).split(DATA);
        Dataset points = uploaded == null ? generate(spec, data) : uploaded.subset(data.permutation(uploaded.rows()));
        Dataset featured = uploaded == null ? withFeatures(points, spec.features()) : points;
        int trainRows = Math.max(1, Math.min(featured.rows() - 1, featured.rows() * spec.trainPercent() / 100));
        this.train = featured.subset(IntStream.range(0, trainRows).toArray());
        this.test = featured.subset(IntStream.range(trainRows, featured.rows()).toArray());
        this.points = PlaygroundPoints.split(points, trainRows);
        this.view = uploaded == null ? PlaneView.SYNTHETIC : PlaneView.of(featured);
        this.gridInputs = uploaded == null ? gridInputs(spec.features()) : view == null ? null : view.grid(GRID);
        this.run = new Trainer(config(spec, train)).start(network(spec, train), train, null);
        this.model = run.model();
    }

    /** Trains one more epoch and returns where the run stands after it. */
    public PlaygroundEpoch step() {
        if (!run.step()) {
            throw new IllegalStateException("the run stopped at epoch " + run.epoch()
                    + " (the loss stopped being finite; try a smaller learning rate)");
        }
        model = run.model();
        return current();
    }

    /** Where the run stands: the epoch, the losses on the training and test points, the boundary. */
    public PlaygroundEpoch current() {
        return new PlaygroundEpoch(run.epoch(), model.evaluate(train).loss(), model.evaluate(test).loss(), boundary(),
                test.isClassification() ? model.predictClasses(test.features()) : null);
    }

    /** The model with the current weights (a copy: later epochs do not change it). */
    public Model model() {
        return model;
    }

    /**
     * The output on the grid, row-major from the top: entry {@code r * GRID + c} is the point
     * {@code x1 = -6 + 12 c / (GRID - 1)}, {@code x2 = 6 - 12 r / (GRID - 1)}; the probability of
     * class 1 for classification, the predicted value for regression, the predicted class index for
     * more than two classes; the points span {@link #view()} (for an upload, its own ranges), and there
     * is no grid (null) without a plane.
     */
    public float[] boundary() {
        if (gridInputs == null) {
            return null;
        }
        boolean manyClasses = train.classNames().size() > 2;
        int[] classes = manyClasses ? model.predictClasses(gridInputs) : null;
        Matrix predicted = manyClasses ? null : model.predict(gridInputs);
        float[] values = new float[GRID * GRID];
        for (int i = 0; i < values.length; i++) {
            values[i] = manyClasses ? classes[i] : predicted.get(i, 0);
        }
        return values;
    }

    /** The plane the boundary covers, or null when the features are not two (then there is no boundary). */
    public PlaneView view() {
        return view;
    }

    public PlaygroundSpec spec() {
        return spec;
    }

    public int epoch() {
        return run.epoch();
    }

    /** The points as drawn on the plane: (x1, x2, target), training and test. */
    public PlaygroundPoints points() {
        return points;
    }

    /** The training points (feature columns as the spec's features). */
    public Dataset train() {
        return train;
    }

    /** The test points. */
    public Dataset test() {
        return test;
    }

    static Dataset generate(PlaygroundSpec spec, Rng rng) {
        int rows = spec.problem() == Problem.CLASSIFICATION ? 500 : 1200;
        double noise = spec.noise() / 100.0;
        return switch (spec.dataset()) {
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

    private static Matrix gridInputs(List<Feature> features) {
        double step = 2 * EXTENT / (GRID - 1);
        return featureRows(GRID * GRID, features, i -> -EXTENT + step * (i % GRID), i -> EXTENT - step * (i / GRID));
    }

    private static Matrix featureRows(int rows, List<Feature> features, java.util.function.IntToDoubleFunction x1,
                                      java.util.function.IntToDoubleFunction x2) {
        Matrix m = Matrix.zeros(rows, features.size());
        for (int r = 0; r < rows; r++) {
            double a = x1.applyAsDouble(r), b = x2.applyAsDouble(r);
            for (int f = 0; f < features.size(); f++) {
                m.set(r, f, (float) features.get(f).at(a, b));
            }
        }
        return m;
    }

    /** The hidden layers and one output, or one output per class for more than two classes (softmax). */
    static NetworkSpec network(PlaygroundSpec spec, Dataset train) {
        NetworkSpec.Builder builder = NetworkSpec.input(train.features().cols());
        for (int width : spec.hiddenLayers()) {
            builder.dense(width, activation(spec.activation()));
        }
        return builder.output(train.classNames().size() > 2 ? train.classNames().size() : 1);
    }

    /** Sigmoid binary cross-entropy for two classes, softmax cross-entropy for more, squared error for regression. */
    static TrainerConfig config(PlaygroundSpec spec, Dataset train) {
        Loss loss = !train.isClassification() ? Loss.meanSquaredError()
                : train.classNames().size() > 2 ? Loss.softmaxCrossEntropy() : Loss.sigmoidBinaryCrossEntropy();
        TrainerConfig config = TrainerConfig.of(loss, Sgd.plain(spec.learningRate()))
                .withBatchSize(spec.batchSize()).withEpochs(Integer.MAX_VALUE).withSeed(spec.seed());
        return switch (spec.regularization()) {
            case NONE -> config;
            case L1 -> config.withPenalties(Penalty.l1(spec.regularizationRate()));
            case L2 -> config.withPenalties(Penalty.l2(spec.regularizationRate()));
        };
    }

    private static tanito.nn.Activation activation(Activation activation) {
        return switch (activation) {
            case RELU -> tanito.nn.Activation.relu();
            case TANH -> tanito.nn.Activation.tanh();
            case SIGMOID -> tanito.nn.Activation.sigmoid();
            case LINEAR -> tanito.nn.Activation.identity();
        };
    }
}

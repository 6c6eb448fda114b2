package tanito.web.playground;

import java.util.List;
import java.util.stream.IntStream;
import tanito.data.Dataset;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.train.Model;
import tanito.train.Stop;
import tanito.train.Trainer;
import tanito.train.TrainingResult;
import tanito.train.TrainingRun;


/**
 * One Playground training run on the real engine: the spec's data set generated from its seed (500
 * points for classification, 1200 for regression, as TensorFlow Playground) or an uploaded file, its
 * input features computed from (x1, x2) ({@link SyntheticPlane}), the first {@code trainPercent} percent of the (shuffled) points for
 * training and the rest for testing, a network of the hidden layers (each followed by dropout when the
 * spec asks for it) and one output (a sigmoid probability of class 1 with binary cross-entropy, or a
 * linear value with squared error; an uploaded file with more than two classes gets one softmax output per
 * class, see {@link PlaygroundTraining}), the spec's optimiser at its learning rate (plain SGD by default, the
 * playground's optimiser), the spec's L1 or L2 penalty, epoch order and early stopping, and
 * standardised features (fitted on the training points). With early stopping the last fifth of the
 * training points is a validation set that it watches (Keras's {@code val_loss}) and that is not trained
 * on; the test points stay unseen, as they should. {@link #step} trains one epoch.
 *
 * <p>Not thread-safe: one thread drives a session. The same spec gives bit-identical epochs.
 */
public final class PlaygroundSession {
    /** The boundary grid's points per side and its half-width: {@code GRID x GRID} points over [-6, 6]². */
    public static final int GRID = 50;
    public static final double EXTENT = 6;

    private static final long DATA = 1;

    private final PlaygroundSpec spec;
    private final Dataset train;
    private final Dataset test;
    private final Dataset validation;
    private final PlaygroundPoints points;
    private final PlaneView view;
    private final Matrix gridInputs;
    private final Matrix mapInputs;
    private final TrainingRun run;
    private Model model;
    private String stopped;

    public PlaygroundSession(PlaygroundSpec spec) {
        this(spec, null);
    }

    /**
     * A session on {@code uploaded} (its rows shuffled by the spec's seed; the spec's features and noise
     * do not apply), or on the spec's data set when it is null.
     */
    public PlaygroundSession(PlaygroundSpec spec, Dataset uploaded) {
        this.spec = spec;
        DataChoice choice = spec.data();
        Rng data = Rng.seeded(spec.seed()).split(DATA);
        Dataset points = uploaded == null ? SyntheticPlane.generate(choice, data)
                : uploaded.subset(data.permutation(uploaded.rows()));
        Dataset featured = uploaded == null ? SyntheticPlane.withFeatures(points, choice.features()) : points;
        int trainRows = Math.max(1, Math.min(featured.rows() - 1, featured.rows() * choice.trainPercent() / 100));
        // early stopping watches the last fifth of the training points, which it then does not train on
        int fitRows = spec.training().patience() == 0 ? trainRows
                : Math.max(1, trainRows - Math.max(1, trainRows / 5));
        this.train = featured.subset(IntStream.range(0, fitRows).toArray());
        this.validation = fitRows == trainRows ? null : featured.subset(IntStream.range(fitRows, trainRows).toArray());
        this.test = featured.subset(IntStream.range(trainRows, featured.rows()).toArray());
        this.points = PlaygroundPoints.split(points, trainRows);
        this.view = uploaded == null ? PlaneView.SYNTHETIC : PlaneView.of(featured);
        this.gridInputs = planeInputs(uploaded, choice.features(), GRID);
        this.mapInputs = planeInputs(uploaded, choice.features(), PlaygroundNetwork.GRID);
        this.run = new Trainer(PlaygroundTraining.config(spec.training(), spec.seed(), train))
                .start(PlaygroundTraining.network(spec.network(), train), train, validation);
        this.model = run.model();
    }

    /** Trains one more epoch and returns where the run stands after it, with the pictures. */
    public PlaygroundEpoch step() {
        return step(true);
    }

    /**
     * Trains one more epoch and returns where the run stands after it, with the boundary and the network
     * or (for events sent faster than a page redraws) without. Once early stopping has ended the run, it
     * trains no more and returns where the run ended, with {@link PlaygroundEpoch#stopped} saying why.
     *
     * @throws IllegalStateException when the loss stopped being finite
     */
    public PlaygroundEpoch step(boolean pictures) {
        if (stopped == null && !run.step()) {
            TrainingResult result = run.finish();
            if (result.stop().reason() != Stop.Reason.EARLY_STOPPED) {
                throw new IllegalStateException("the run stopped at epoch " + run.epoch()
                        + " (the loss stopped being finite; try a smaller learning rate)");
            }
            model = result.model();
            stopped = result.stop().message() + (result.weightsEpoch() == run.epoch() ? ""
                    : "; the weights of epoch " + result.weightsEpoch() + " are restored");
            return current();
        }
        model = run.model();
        return pictures ? current() : current(false);
    }

    /** Where the run stands: the epoch, the losses, the boundary and the network. */
    public PlaygroundEpoch current() {
        return current(true);
    }

    private PlaygroundEpoch current(boolean pictures) {
        return new PlaygroundEpoch(run.epoch(), model.evaluate(train).loss(), model.evaluate(test).loss(),
                pictures ? boundary() : null, pictures ? network() : null,
                validation == null ? null : model.evaluate(validation).loss(), stopped,
                test.isClassification() ? model.predictClasses(test.features()) : null);
    }

    /** The neuron maps and weights of the current model; without maps when the plane does not show the data. */
    public PlaygroundNetwork network() {
        return PlaygroundNetwork.of(model, mapInputs);
    }

    /** Whether early stopping has ended the run. */
    public boolean stopped() {
        return stopped != null;
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

    /** The validation points early stopping watches (a fifth of the training points), or null without early stopping. */
    public Dataset validation() {
        return validation;
    }

    /** The test points. */
    public Dataset test() {
        return test;
    }

    /** The inputs at the points of a {@code grid x grid} plane: the chosen features' or an upload's own plane, if any. */
    private Matrix planeInputs(Dataset uploaded, List<Feature> features, int grid) {
        return uploaded == null ? SyntheticPlane.grid(features, grid)
                : view == null ? null : view.grid(grid);
    }
}

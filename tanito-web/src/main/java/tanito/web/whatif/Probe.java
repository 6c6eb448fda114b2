package tanito.web.whatif;

import static tanito.Require.require;

import java.util.Optional;
import tanito.data.Dataset;
import tanito.linalg.Matrix;
import tanito.train.Model;

/**
 * A saved model and a data set read for it, with the model's prediction for every row and the rows
 * in the model's scaled feature space (its fitted preprocessing, the space the network sees and the
 * one {@link Counterfactual} measures distances in). Immutable once made.
 */
public final class Probe {
    /** The most rows a probe takes: the page shows every row, and sends each one's values. */
    public static final int MAX_ROWS = 5000;
    private final Model model;
    private final Dataset data;
    private final Matrix scaled;
    private final Prediction[] predictions;

    private Probe(Model model, Dataset data) {
        this.model = model;
        this.data = data;
        this.scaled = model.preprocessing().features(data.features()).copy();
        this.predictions = Predictions.of(model, data.features());
    }

    /**
     * The probe of {@code model} on {@code data} (read through {@link Model#schema()}).
     *
     * @throws IllegalArgumentException when the data has no rows, more than {@link #MAX_ROWS} or no target
     *     column, or the model more than one target
     */
    public static Probe of(Model model, Dataset data) {
        require(model.targetNames().size() == 1,
                "the What-If probe takes models of one target column, this one has %s", model.targetNames());
        require(data.targetNames().equals(model.targetNames()),
                "the data has no target column '%s': the What-If probe compares predictions with true values",
                model.targetNames().get(0));
        require(data.rows() > 0, "the data has no rows");
        require(data.rows() <= MAX_ROWS, "the data has %d rows; the What-If probe takes at most %d (give it a sample)",
                data.rows(), MAX_ROWS);
        require(data.featureNames().equals(model.featureNames()),
                "the data's features %s are not the model's %s", data.featureNames(), model.featureNames());
        return new Probe(model, data);
    }

    public Model model() {
        return model;
    }

    public Dataset data() {
        return data;
    }

    public boolean isClassification() {
        return !model.classNames().isEmpty();
    }

    public int rows() {
        return data.rows();
    }

    /** The model's prediction for data row {@code row}. */
    public Prediction prediction(int row) {
        requireRow(row);
        return predictions[row];
    }

    /** The true class name or value of data row {@code row}. */
    public Object truth(int row) {
        requireRow(row);
        return isClassification() ? model.classNames().get(data.label(row)) : (Object) (double) data.targets().get(row, 0);
    }

    /** The raw features of data row {@code row}. */
    public float[] features(int row) {
        requireRow(row);
        return data.features().row(row).toArray()[0];
    }

    /** The model's prediction for one raw point. */
    public Prediction predict(float[] features) {
        return Predictions.of(model, point(features))[0];
    }

    /**
     * The data row nearest to {@code features} in scaled space whose prediction differs from the
     * point's ({@link Prediction#differsFrom}: another class, or a value at least {@code delta} away).
     */
    public Optional<Counterfactual.Neighbour> counterfactual(float[] features, Distance distance, double delta) {
        require(isClassification() || (delta > 0 && Double.isFinite(delta)),
                "delta must be a number > 0 for a regression model, was %s", delta);
        Prediction prediction = predict(features);
        float[] scaledPoint = model.preprocessing().features(point(features)).toArray()[0];
        return Counterfactual.nearest(scaled, scaledPoint, distance,
                row -> predictions[row].differsFrom(prediction, delta));
    }

    /** The index of the feature called {@code name}. */
    public int feature(String name) {
        int index = model.featureNames().indexOf(name);
        require(index >= 0, "no feature '%s'; features are %s", name, model.featureNames());
        return index;
    }

    /** The values of feature {@code feature} over the data rows. */
    public float[] column(int feature) {
        float[] column = new float[rows()];
        for (int r = 0; r < column.length; r++) {
            column[r] = data.features().get(r, feature);
        }
        return column;
    }

    private Matrix point(float[] features) {
        require(features != null && features.length == model.featureNames().size(),
                "a point has %d features %s, was %s", model.featureNames().size(), model.featureNames(),
                features == null ? null : features.length);
        for (int j = 0; j < features.length; j++) {
            require(Float.isFinite(features[j]), "feature '%s' must be a finite number, was %s",
                    model.featureNames().get(j), features[j]);
        }
        return Matrix.wrap(features.clone(), 1, features.length);
    }

    private void requireRow(int row) {
        require(row >= 0 && row < rows(), "row must be in [0, %d), was %d", rows(), row);
    }
}

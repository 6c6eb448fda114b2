package tanito.data;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import tanito.linalg.Matrix;

/**
 * A fitted filling of missing feature values, made by {@link ImputerSpec#fit}: {@link #transform}
 * returns a new matrix in which every NaN of column c is replaced by the fitted value of column c
 * (rounded to float); other values are copied and the input is never modified. It fails, naming
 * both column counts, on a matrix whose width differs from the training features.
 *
 * <p>Saved inside model files as JSON ({@code {"type": "mean", "values": [..]}}), which reproduces
 * it exactly, so a loaded model fills rows as before saving.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Imputer.Mean.class, name = "mean"),
    @JsonSubTypes.Type(value = Imputer.Median.class, name = "median"),
    @JsonSubTypes.Type(value = Imputer.None.class, name = "none")
})
public sealed interface Imputer {
    /** Raw features with NaN to filled ones. */
    Matrix transform(Matrix raw);

    /**
     * Fills with each training column's mean.
     *
     * @param values the fill value of each column
     */
    record Mean(List<Double> values) implements Imputer {
        public Mean {
            values = checked(values);
        }

        @Override
        public Matrix transform(Matrix raw) {
            return fill(raw, values);
        }
    }

    /**
     * Fills with each training column's median.
     *
     * @param values the fill value of each column
     */
    record Median(List<Double> values) implements Imputer {
        public Median {
            values = checked(values);
        }

        @Override
        public Matrix transform(Matrix raw) {
            return fill(raw, values);
        }
    }

    /**
     * Fills nothing: returns a copy, NaN included.
     *
     * @param columns the number of training columns
     */
    record None(int columns) implements Imputer {
        public None {
            require(columns >= 0, "columns must be >= 0, was %d", columns);
        }

        @Override
        public Matrix transform(Matrix raw) {
            requireColumns(raw, columns);
            return raw.copy();
        }
    }

    private static List<Double> checked(List<Double> values) {
        List<Double> copy = List.copyOf(values);
        for (int c = 0; c < copy.size(); c++) {
            require(Double.isFinite(copy.get(c)), "the fill value of column %d must be finite, was %s", c, copy.get(c));
        }
        return copy;
    }

    private static void requireColumns(Matrix m, int columns) {
        require(m.cols() == columns, "the imputer was fitted on %d columns, this matrix has %d", columns, m.cols());
    }

    private static Matrix fill(Matrix raw, List<Double> values) {
        requireColumns(raw, values.size());
        float[] fill = new float[values.size()];
        for (int c = 0; c < fill.length; c++) {
            fill[c] = values.get(c).floatValue();
        }
        Matrix out = raw.copy();
        float[] data = out.data();
        for (int i = 0; i < data.length; i++) {
            if (Float.isNaN(data[i])) {
                data[i] = fill[i % fill.length];
            }
        }
        return out;
    }
}

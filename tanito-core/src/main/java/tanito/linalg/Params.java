package tanito.linalg;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All the trainable parameters of a network in ONE flat float vector, with named per-layer
 * segments viewed as matrices, and a gradient twin of the same layout. Optimisers, penalties,
 * L-BFGS, gradient checks, restore-best snapshots and model files all work on the flat vectors;
 * layers work on the views.
 */
public final class Params {

    /**
     * A named block of the flat vector: a rows x cols matrix at {@code offset}.
     *
     * @param regularized whether weight penalties (L1, L2) apply: true for weights, false for biases
     */
    public record Segment(String name, int offset, int rows, int cols, boolean regularized) {
        public int size() {
            return rows * cols;
        }
    }

    private final float[] values;
    private final float[] gradients;
    private final List<Segment> segments;
    private final Map<String, Segment> byName;

    private Params(List<Segment> segments, int size) {
        this(segments, new float[size]);
    }

    private Params(List<Segment> segments, float[] values) {
        this.values = values;
        this.gradients = new float[values.length];
        this.segments = Collections.unmodifiableList(new ArrayList<>(segments));
        this.byName = new LinkedHashMap<>();
        for (Segment s : segments) {
            byName.put(s.name(), s);
        }
    }

    /** A vector of the given values in one penalised segment named "p" (for optimiser tests and objectives). */
    public static Params of(float... initial) {
        Params p = layout().add("p", 1, initial.length, true).allocate();
        System.arraycopy(initial, 0, p.values, 0, initial.length);
        return p;
    }

    /** Starts describing segments; {@link Layout#allocate()} creates the zeroed vectors. */
    public static Layout layout() {
        return new Layout();
    }

    public int size() {
        return values.length;
    }

    /** The flat parameter vector (live, not a copy). */
    public float[] values() {
        return values;
    }

    /** The flat gradient vector, same layout as {@link #values()} (live, not a copy). */
    public float[] gradients() {
        return gradients;
    }

    public List<Segment> segments() {
        return segments;
    }

    public Segment segment(String name) {
        Segment s = byName.get(name);
        require(s != null, "no parameter segment named '%s'; there are %s", name, byName.keySet());
        return s;
    }

    /** The named segment of the parameters, as a matrix view. */
    public Matrix value(String name) {
        Segment s = segment(name);
        return Matrix.view(values, s.offset(), s.rows(), s.cols());
    }

    /** The named segment of the gradients, as a matrix view. */
    public Matrix gradient(String name) {
        Segment s = segment(name);
        return Matrix.view(gradients, s.offset(), s.rows(), s.cols());
    }

    /**
     * Parameters that share these values (the same live array) but have gradients of their own: what a
     * replica of a network works on when several evaluate shares of one batch side by side.
     */
    public Params sharingValues() {
        return new Params(segments, values);
    }

    /** A copy of the parameter values, for restore-best and checkpoints. */
    public float[] snapshot() {
        return values.clone();
    }

    /** Overwrites the parameter values with a snapshot of the same size. */
    public void restore(float[] snapshot) {
        require(snapshot.length == values.length,
                "a snapshot of %d values cannot restore %d parameters", snapshot.length, values.length);
        System.arraycopy(snapshot, 0, values, 0, values.length);
    }

    /** Describes segments in order; each starts where the previous one ended. */
    public static final class Layout {
        private final List<Segment> segments = new ArrayList<>();
        private int size;

        private Layout() {}

        public Layout add(String name, int rows, int cols, boolean regularized) {
            require(rows > 0 && cols > 0, "segment '%s' must have a positive shape, was %dx%d", name, rows, cols);
            require(segments.stream().noneMatch(s -> s.name().equals(name)), "segment '%s' declared twice", name);
            segments.add(new Segment(name, size, rows, cols, regularized));
            size = Math.addExact(size, Math.multiplyExact(rows, cols));
            return this;
        }

        /** The total number of values declared so far. */
        public int size() {
            return size;
        }

        public Params allocate() {
            return new Params(segments, size);
        }
    }
}

package tanito.web.whatif;

import static tanito.Require.require;

/**
 * What the model says of one point: for classification the predicted class (index and name) and
 * every class's probability, {@code value} null; for regression the predicted {@code value}, the
 * class fields null and no probabilities.
 */
public record Prediction(Integer classIndex, String className, Double value, double[] probabilities) {
    public Prediction {
        require((classIndex == null) == (className == null) && (classIndex == null) != (value == null),
                "a prediction is a class or a value, was class %s (%s) and value %s", classIndex, className, value);
        probabilities = probabilities.clone();
    }

    /** A predicted class with the probabilities of all classes. */
    public static Prediction ofClass(int index, String name, double[] probabilities) {
        return new Prediction(index, name, null, probabilities);
    }

    /** A predicted value. */
    public static Prediction ofValue(double value) {
        return new Prediction(null, null, value, new double[0]);
    }

    /**
     * Whether {@code other} is a different prediction: another class, or for values a difference of
     * at least {@code delta}.
     */
    public boolean differsFrom(Prediction other, double delta) {
        return classIndex != null ? !classIndex.equals(other.classIndex) : Math.abs(value - other.value) >= delta;
    }
}

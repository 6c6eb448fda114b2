package tanito.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import tanito.linalg.Matrix;

/**
 * Reads a target column: decides the task when asked to ({@link Task#AUTO}) and encodes classes.
 *
 * <p>AUTO means classification when any value is not a number, or when every value is an integer
 * and there are at most {@value #MAX_AUTO_CLASSES} distinct ones; regression otherwise. Class names
 * are sorted, numerically when all are numbers (so {@code "2" < "10"}) and lexicographically
 * otherwise, and a row's class index is its name's position in that list, as scikit-learn's
 * {@code LabelEncoder} does. Numeric class names are written in their shortest plain form, so
 * {@code 1}, {@code 1.0} and {@code 1e0} are one class named {@code "1"}.
 */
final class CsvTargets {
    static final int MAX_AUTO_CLASSES = 20;

    /** The encoded target column: one value per row, and the class names (empty for regression). */
    record Encoded(Matrix values, List<String> classNames) {}

    private CsvTargets() {}

    static Encoded encode(CsvTable table, int column, Task task) {
        List<String> texts = new ArrayList<>(table.rows());
        for (int row = 0; row < table.rows(); row++) {
            texts.add(table.text(row, column));
        }
        boolean numeric = texts.stream().allMatch(CsvTable::isNumber);
        boolean classes = task == Task.AUTO ? !numeric || looksLikeClasses(texts) : task == Task.CLASSIFICATION;
        return classes ? classification(table, column, texts, numeric) : regression(table, column);
    }

    /** Integers only, with few distinct values. */
    private static boolean looksLikeClasses(List<String> texts) {
        return texts.stream().map(CsvTargets::decimal).allMatch(d -> d.stripTrailingZeros().scale() <= 0)
                && texts.stream().map(CsvTargets::className).distinct().count() <= MAX_AUTO_CLASSES;
    }

    private static Encoded regression(CsvTable table, int column) {
        Matrix values = Matrix.zeros(table.rows(), 1);
        for (int row = 0; row < table.rows(); row++) {
            values.set(row, 0, (float) table.number(row, column));
        }
        return new Encoded(values, List.of());
    }

    private static Encoded classification(CsvTable table, int column, List<String> texts, boolean numeric) {
        List<String> keys = numeric ? texts.stream().map(CsvTargets::className).toList() : texts;
        Comparator<String> order = numeric ? Comparator.comparing(CsvTargets::decimal) : Comparator.naturalOrder();
        TreeMap<String, Integer> indices = new TreeMap<>(order);
        keys.forEach(key -> indices.put(key, 0));
        if (indices.size() < 2) {
            throw new IllegalArgumentException(String.format(
                    "the target column '%s' of %s has a single class '%s'; classification needs at least two",
                    table.header().get(column), table.source(), indices.firstKey()));
        }
        List<String> names = List.copyOf(indices.keySet());
        for (int i = 0; i < names.size(); i++) {
            indices.put(names.get(i), i);
        }
        Matrix values = Matrix.zeros(table.rows(), 1);
        for (int row = 0; row < table.rows(); row++) {
            values.set(row, 0, indices.get(keys.get(row)));
        }
        return new Encoded(values, names);
    }

    private static BigDecimal decimal(String numericText) {
        return new BigDecimal(numericText);
    }

    /**
     * A number's class name, its shortest decimal form: {@code "1.50"} and {@code "15e-1"} are
     * {@code "1.5"}, {@code "1e2"} is {@code "100"}; tiny fractions keep an exponent ({@code "1E-7"}).
     */
    static String className(String numericText) {
        BigDecimal value = decimal(numericText).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toString();
    }
}

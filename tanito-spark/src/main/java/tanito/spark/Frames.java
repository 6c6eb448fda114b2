package tanito.spark;

import static tanito.Require.require;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tanito.data.CsvReader;
import tanito.data.Dataset;

/**
 * Spark tables in, Tanito data sets out: a {@code Dataset<Row>} (features as named numeric columns or
 * as one column of numeric arrays, and a target column), or a CSV or Parquet file read by Spark. The
 * columns are checked against the schema first, so that a missing or non-numeric column is one clear
 * error; the rows are then collected to the driver and read by {@link CsvReader} with the same
 * options as on one machine, so class names, class order and the task are decided exactly as there.
 */
public final class Frames {
    private Frames() {}

    /** Reads a {@code .parquet} file or directory, or a CSV file with a header row, with Spark. */
    public static org.apache.spark.sql.Dataset<Row> read(SparkSession spark, String path) {
        if (path.endsWith(".parquet")) {
            return spark.read().parquet(path);
        }
        return spark.read().option("header", "true").option("inferSchema", "true").csv(path);
    }

    /**
     * The frame's rows as a Tanito data set: {@code options.target()} is the target (null: the last
     * column, as for CSV files); the features are
     * {@code options.features()} (empty: every other column), each numeric or an array of numbers
     * (expanded to {@code name[0]}, {@code name[1]}, ...).
     */
    public static Dataset toDataset(org.apache.spark.sql.Dataset<Row> frame, CsvReader.Options options) {
        StructType schema = frame.schema();
        List<String> names = Arrays.asList(schema.fieldNames());
        String target = options.target() == null ? names.get(names.size() - 1) : options.target();
        requireColumn(names, target);
        List<String> features = options.features().isEmpty()
                ? names.stream().filter(n -> !n.equals(target)).toList() : options.features();
        List<Column> selected = new ArrayList<>();
        for (String feature : features) {
            requireColumn(names, feature);
            DataType type = schema.apply(feature).dataType();
            require(isNumeric(type), "the feature column '%s' holds %s, not numbers; give numeric feature columns "
                    + "(or an array of numbers) and the target column with --target", feature, type.simpleString());
            selected.add(functions.col(feature));
        }
        selected.add(functions.col(target).cast("string"));
        List<Row> rows = frame.select(selected.toArray(new Column[0])).collectAsList();
        require(!rows.isEmpty(), "the data has no rows");
        String csv = Csv.of(header(features, rows.get(0), schema), target, rows);
        try {
            return CsvReader.read(new StringReader(csv), "the Spark table",
                    options.withTarget(target).withFeatures(List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Tanito data set as a Spark table, the inverse of {@link #toDataset}: one float column per feature
     * with its name, then the target columns: the class name as a string for classification, the float
     * values for regression.
     */
    public static org.apache.spark.sql.Dataset<Row> toFrame(SparkSession spark, Dataset data) {
        List<StructField> fields = new ArrayList<>();
        data.featureNames().forEach(name -> fields.add(DataTypes.createStructField(name, DataTypes.FloatType, false)));
        DataType targetType = data.isClassification() ? DataTypes.StringType : DataTypes.FloatType;
        data.targetNames().forEach(name -> fields.add(DataTypes.createStructField(name, targetType, false)));
        int features = data.features().cols();
        List<Row> rows = new ArrayList<>(data.rows());
        for (int r = 0; r < data.rows(); r++) {
            Object[] cells = new Object[features + data.targets().cols()];
            for (int c = 0; c < features; c++) {
                cells[c] = data.features().get(r, c);
            }
            for (int t = 0; t < data.targets().cols(); t++) {
                cells[features + t] = data.isClassification() ? data.classNames().get(data.label(r)) : data.targets().get(r, t);
            }
            rows.add(RowFactory.create(cells));
        }
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    private static void requireColumn(List<String> names, String column) {
        require(names.contains(column), "there is no column '%s'; the data's columns are %s", column, names);
    }

    private static boolean isNumeric(DataType type) {
        return type instanceof NumericType
                || type instanceof ArrayType array && array.elementType() instanceof NumericType;
    }

    /** The feature names, an array column expanded by its length in the first row. */
    private static List<String> header(List<String> features, Row first, StructType schema) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            StructField field = schema.apply(features.get(i));
            if (field.dataType() instanceof ArrayType) {
                int length = first.getList(i).size();
                for (int k = 0; k < length; k++) {
                    header.add(field.name() + "[" + k + "]");
                }
            } else {
                header.add(field.name());
            }
        }
        return header;
    }
}

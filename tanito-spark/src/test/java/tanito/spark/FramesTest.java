package tanito.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.loss.Loss;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;
import tanito.train.TrainerConfig;

/**
 * Spark tables become the same Tanito data set as on one machine (values, class names and order),
 * from named columns, from an array column and from a Parquet file; a missing column, a non-numeric
 * column or more partitions than rows is one clear error.
 */
class FramesTest {
    private static final Dataset IRIS = Datasets.builtin("iris");
    private static final String TARGET = IRIS.targetNames().get(0);
    private static final CsvReader.Options SPECIES = CsvReader.Options.defaults().withTarget(TARGET);

    @Test
    void namedColumnsGiveTheSameDataSet() {
        Dataset read = Frames.toDataset(columns(IRIS), SPECIES);
        assertSame(IRIS, read);
    }

    @Test
    void aRegressionTargetGoesToSparkAndBackAsNumbers() {
        Dataset values = new Dataset(IRIS.features(), IRIS.targets(), IRIS.featureNames(), List.of("size"), List.of());
        Dataset read = Frames.toDataset(Frames.toFrame(LocalSpark.session(), values),
                CsvReader.Options.defaults().withTarget("size").withTask(tanito.data.Task.REGRESSION));
        assertEquals(values.featureNames(), read.featureNames());
        assertArrayEquals(values.features().toArray(), read.features().toArray());
        assertArrayEquals(values.targets().toArray(), read.targets().toArray());
    }

    @Test
    void anArrayColumnIsExpandedIntoFeatures() {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < IRIS.rows(); r++) {
            List<Double> values = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                values.add((double) IRIS.features().get(r, c));
            }
            rows.add(RowFactory.create(values, IRIS.classNames().get(IRIS.label(r))));
        }
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("features", DataTypes.createArrayType(DataTypes.DoubleType), false),
            DataTypes.createStructField(TARGET, DataTypes.StringType, false)});
        Dataset read = Frames.toDataset(LocalSpark.session().createDataFrame(rows, schema), SPECIES);
        assertEquals(List.of("features[0]", "features[1]", "features[2]", "features[3]"), read.featureNames());
        assertTrue(read.features().contentEquals(IRIS.features()));
    }

    @Test
    void aParquetFileReadsBackTheSameDataSet(@TempDir Path dir) {
        String path = dir.resolve("iris.parquet").toString();
        columns(IRIS).write().parquet(path);
        Dataset read = Frames.toDataset(Frames.read(LocalSpark.session(), path), SPECIES);
        assertEquals(IRIS.classNames(), read.classNames());
        assertEquals(IRIS.rows(), read.rows());
    }

    @Test
    void aMissingColumnIsOneClearError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Frames.toDataset(columns(IRIS), SPECIES.withFeatures(List.of("sepal_length", "petal_size"))));
        assertEquals("there is no column 'petal_size'; the data's columns are " + columnNames(), error.getMessage());
    }

    @Test
    void aTextFeatureColumnIsOneClearError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Frames.toDataset(columns(IRIS), CsvReader.Options.defaults().withTarget(IRIS.featureNames().get(0))));
        assertEquals("the feature column '" + TARGET + "' holds string, not numbers; give numeric feature columns "
                + "(or an array of numbers) and the target column with --target", error.getMessage());
    }

    @Test
    void morePartitionsThanRowsIsOneClearError() {
        Dataset three = IRIS.subset(new int[] {0, 60, 120});
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.plain(0.1)).withEpochs(1);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SparkTrainer(LocalSpark.context(), config, new Parallelism.Sync(4))
                        .fit(NetworkSpec.input(4).output(3), three, null));
        assertEquals("cannot spread 3 training rows over 4 partitions without empty ones; use at most 3 partitions",
                error.getMessage());
    }

    private static org.apache.spark.sql.Dataset<Row> columns(Dataset data) {
        return Frames.toFrame(LocalSpark.session(), data);
    }

    private static List<String> columnNames() {
        List<String> names = new ArrayList<>(IRIS.featureNames());
        names.add(TARGET);
        return names;
    }

    private static void assertSame(Dataset expected, Dataset actual) {
        assertEquals(expected.featureNames(), actual.featureNames());
        assertEquals(expected.classNames(), actual.classNames());
        assertTrue(expected.features().contentEquals(actual.features()), "features");
        assertTrue(expected.targets().contentEquals(actual.targets()), "targets");
    }
}

package tanito.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.FittedPreprocessing;
import tanito.data.Imputer;
import tanito.data.ImputerSpec;
import tanito.data.Preprocessing;
import tanito.data.ScalerSpec;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.data.StandardScaler;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.train.TrainerConfig;

/**
 * The preprocessing fitted from the executors' partitions is one machine's: bit for bit on one
 * partition (every scaler, with mean- or median-imputed features and scaled regression targets),
 * exact on four for min-max, robust and the median imputer and within 1e-12 relative for standard and
 * the mean imputer; and it comes from the training rows only. Wine: 124 training rows with this split, columns from 0.13 to 1,680 (proline).
 */
class ShardStatisticsTest {
    private static final Split WINE = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("wine"), Rng.seeded(7));
    private static final List<ScalerSpec> SCALERS = List.of(ScalerSpec.standard(), ScalerSpec.minMax(-1, 1),
            ScalerSpec.robust(), ScalerSpec.none());

    @Test
    void onePartitionFitsEveryScalerAsOneMachineBitForBit() {
        for (ScalerSpec scaler : SCALERS) {
            Preprocessing features = Preprocessing.standard().withFeatures(scaler);
            assertEquals(features.fit(WINE.train()), onSpark(features, WINE.train(), 1), scaler.toString());
            for (ImputerSpec imputer : List.of(ImputerSpec.mean(), ImputerSpec.median())) {
                Preprocessing imputedRegression = features.withImputer(imputer).withTargets(scaler);
                Dataset proline = withHoles(prolineRegression(WINE.train()));
                assertEquals(imputedRegression.fit(proline), onSpark(imputedRegression, proline, 1),
                        imputer + ", " + scaler);
            }
        }
    }

    @Test
    void fourPartitionsGiveMinMaxRobustAndMediansExactlyAndMeansWithinRounding() {
        for (ScalerSpec scaler : List.of(ScalerSpec.minMax(), ScalerSpec.robust())) {
            Preprocessing preprocessing = Preprocessing.standard().withFeatures(scaler).withTargets(scaler);
            Dataset proline = prolineRegression(WINE.train());
            assertEquals(preprocessing.fit(proline), onSpark(preprocessing, proline, 4), scaler.toString());
        }
        Preprocessing median = Preprocessing.standard().withImputer(ImputerSpec.median()).withFeatures(ScalerSpec.robust());
        Dataset holes = withHoles(WINE.train());
        assertEquals(median.fit(holes), onSpark(median, holes, 4));
        Preprocessing meanImputer = Preprocessing.standard().withImputer(ImputerSpec.mean());
        double fill = maxRelative(fills(onSpark(meanImputer, holes, 4)), fills(meanImputer.fit(holes)));
        System.out.printf("mean imputer on 4 partitions vs one machine: largest relative difference %.3g%n", fill);
        assertTrue(fill <= 1e-12, "fill values " + fill);
        StandardScaler local = (StandardScaler) Preprocessing.standard().fit(WINE.train()).features();
        StandardScaler spark = (StandardScaler) onSpark(Preprocessing.standard(), WINE.train(), 4).features();
        double mean = maxRelative(spark.mean(), local.mean()), scale = maxRelative(spark.scale(), local.scale());
        System.out.printf("standard scaler on 4 partitions vs one machine: largest relative difference %.3g (mean),"
                + " %.3g (scale)%n", mean, scale);
        assertTrue(mean <= 1e-12 && scale <= 1e-12, "mean " + mean + ", scale " + scale);
    }

    @Test
    void theSparkModelsScalerComesFromTheTrainingRowsOnly() {
        NetworkSpec net = NetworkSpec.input(13).dense(8, Activation.tanh()).output(3);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
                .withBatchSize(16).withEpochs(1);
        Dataset shifted = new Dataset(affine(WINE.validation().features(), 3, 100), WINE.validation().targets(),
                WINE.validation().featureNames(), WINE.validation().targetNames(), WINE.validation().classNames());
        FittedPreprocessing first = train(config, net, WINE.validation());
        FittedPreprocessing second = train(config, net, shifted);
        assertEquals(first, second);
        assertEquals(Preprocessing.standard().fit(WINE.train()).features(), first.features());
        Dataset everything = Datasets.builtin("wine");
        assertNotEquals(Preprocessing.standard().fit(everything).features(), first.features());
    }

    private static FittedPreprocessing train(TrainerConfig config, NetworkSpec net, Dataset validation) {
        return new SparkTrainer(LocalSpark.context(), config, new Parallelism.Sync(1))
                .fit(net, WINE.train(), validation).model().preprocessing();
    }

    private static FittedPreprocessing onSpark(Preprocessing preprocessing, Dataset train, int partitions) {
        try (DistributedRows rows = new DistributedRows(LocalSpark.context(), new Parallelism.Sync(partitions))) {
            return rows.fitPreprocessing(preprocessing, train);
        }
    }

    /** Wine's first 12 columns predicting the 13th (proline, 278 to 1,680): a regression with a large target. */
    private static Dataset prolineRegression(Dataset wine) {
        float[][] features = new float[wine.rows()][12], target = new float[wine.rows()][1];
        for (int r = 0; r < wine.rows(); r++) {
            for (int c = 0; c < 12; c++) {
                features[r][c] = wine.features().get(r, c);
            }
            target[r][0] = wine.features().get(r, 12);
        }
        return new Dataset(Matrix.of(features), Matrix.of(target), wine.featureNames().subList(0, 12),
                wine.featureNames().subList(12, 13), List.of());
    }

    /** A copy with every seventh value missing (NaN), for the imputer. */
    private static Dataset withHoles(Dataset data) {
        Matrix features = data.features().copy();
        float[] values = features.data();
        for (int i = 0; i < values.length; i += 7) {
            values[i] = Float.NaN;
        }
        return new Dataset(features, data.targets(), data.featureNames(), data.targetNames(), data.classNames());
    }

    private static Matrix affine(Matrix m, float times, float plus) {
        Matrix out = m.copy();
        float[] values = out.data();
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] * times + plus;
        }
        return out;
    }

    private static double[] fills(FittedPreprocessing preprocessing) {
        return ((Imputer.Mean) preprocessing.imputer()).values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** max_c |a_c - b_c| / |b_c|. */
    private static double maxRelative(double[] a, double[] b) {
        double max = 0;
        for (int c = 0; c < a.length; c++) {
            max = Math.max(max, Math.abs(a[c] - b[c]) / Math.abs(b[c]));
        }
        return max;
    }
}

package tanito.report.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tanito.data.Dataset;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Rng;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.train.Model;
import tanito.train.Trainer;
import tanito.train.TrainingResult;

/** Trains every variant on the same split (same rows, so only the variant differs) and records how each did. */
public final class Comparison {
    private Comparison() {}

    public static List<Outcome> run(List<Variant> variants, Split split) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Variant variant : variants) {
            TrainingResult result = new Trainer(variant.config()).fit(variant.network(), split.train(), split.validation());
            Model model = result.model();
            outcomes.add(new Outcome(variant.label(), result.history(), result.weightsEpoch(),
                    model.evaluate(split.train()).metric(), model.evaluate(split.validation()).metric(),
                    split.test().rows() > 0 ? model.evaluate(split.test()).metric() : Double.NaN,
                    model.evaluate(split.train()).loss(), model.evaluate(split.validation()).loss()));
        }
        return outcomes;
    }

    /** The 70/20/10 stratified split {@code tanito train} makes of {@code data} for {@code seed}. */
    static Split split(Dataset data, long seed) {
        return SplitSpec.PRESET_70_20_10.apply(data, Rng.seeded(seed).split(0));
    }

    /** A ReLU classifier for {@code data} with the given hidden widths. */
    static NetworkSpec classifier(Dataset data, int... hidden) {
        NetworkSpec.Builder builder = NetworkSpec.input(data.features().cols());
        for (int width : hidden) {
            builder = builder.dense(width, Activation.relu());
        }
        return builder.output(data.classNames().size());
    }

    /** Each outcome's series {@code key}, by label, in order. */
    public static Map<String, double[]> series(List<Outcome> outcomes, String key) {
        Map<String, double[]> series = new LinkedHashMap<>();
        outcomes.forEach(outcome -> series.put(outcome.label(), outcome.series(key)));
        return series;
    }
}

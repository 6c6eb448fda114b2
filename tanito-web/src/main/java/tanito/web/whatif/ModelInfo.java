package tanito.web.whatif;

import java.util.ArrayList;
import java.util.List;

/**
 * What the page needs to know of the model and data: the task, the feature names with their
 * observed ranges (the editor's sliders and the partial dependence grid), the target and classes.
 *
 * @param classes the class names in index order; empty for regression (the task then is "regression")
 */
public record ModelInfo(String task, String modelName, String dataName, int rows, List<FeatureRange> features,
                        String target, List<String> classes) {

    /** A feature's name and the least and greatest value in the data. */
    public record FeatureRange(String name, double min, double max) {}

    static ModelInfo of(Probe probe, String modelName, String dataName) {
        List<FeatureRange> features = new ArrayList<>();
        List<String> names = probe.model().featureNames();
        for (int j = 0; j < names.size(); j++) {
            Range range = Range.of(probe.column(j));
            features.add(new FeatureRange(names.get(j), range.min(), range.max()));
        }
        List<String> classes = probe.model().classNames();
        String task = classes.isEmpty() ? "regression" : classes.size() == 2 ? "binary" : "multiclass";
        return new ModelInfo(task, modelName, dataName, probe.rows(), features, probe.model().targetNames().get(0),
                classes);
    }
}

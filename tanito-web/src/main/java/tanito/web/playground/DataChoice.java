package tanito.web.playground;

import static tanito.Require.require;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a Playground network learns from: a synthetic data set with its noise, or an uploaded CSV; the
 * share of the points it trains on; the input features it sees; and the problem type.
 *
 * @param noise the playground's noise slider, 0 to 50 (percent)
 * @param trainPercent the percentage of the points used for training, 1 to 99; the rest are test points
 * @param problem the problem type: the data set's own, or the one an upload's target is read for
 * @param upload the uploaded CSV to train on instead of the data set (whose features and noise it then
 *     ignores), or null for the data set
 */
public record DataChoice(DataSet dataset, int noise, int trainPercent, List<Feature> features, Problem problem,
                         UploadChoice upload) {
    public DataChoice {
        require(dataset != null, "dataset must be one of %s, was null", DataSet.ids());
        require(noise >= 0 && noise <= 50, "noise must be in [0, 50], was %d", noise);
        require(trainPercent >= 1 && trainPercent <= 99, "trainPercent must be in [1, 99], was %d", trainPercent);
        require(features != null && !features.isEmpty(), "features must name at least one of %s, was %s",
                Feature.ids(), features);
        require(features.stream().allMatch(Objects::nonNull), "features must not contain null, was %s", features);
        require(new HashSet<>(features).size() == features.size(), "features must be distinct, was %s", features);
        require(problem != null, "problem must be one of %s, was null", Problem.ids());
        require(upload != null || dataset.problem() == problem, "dataset %s is for %s, but problem is %s", dataset.id(),
                dataset.problem().id(), problem.id());
        features = List.copyOf(features);
    }
}

package tanito.spark;

import java.io.Serializable;
import tanito.metrics.Metric;
import tanito.nn.NetworkSpec;
import tanito.train.TrainerConfig;

/**
 * The network shape and training configuration as a task on an executor receives them: as their JSON
 * (the same round trip the model file relies on), parsed once per task.
 */
final class Recipe implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Parcel<NetworkSpec> spec;
    private final Parcel<TrainerConfig> config;

    Recipe(NetworkSpec spec, TrainerConfig config) {
        this.spec = new Parcel<>(spec, NetworkSpec.class);
        this.config = new Parcel<>(config, TrainerConfig.class);
    }

    NetworkSpec spec() {
        return spec.get();
    }

    TrainerConfig config() {
        return config.get();
    }

    Metric metric() {
        return Metric.forLoss(config().loss().primary());
    }
}

package tanito.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import tanito.io.Json;
import tanito.metrics.Metric;
import tanito.nn.NetworkSpec;
import tanito.train.TrainerConfig;

/**
 * The network shape and training configuration as a task on an executor receives them: as their JSON
 * (the same round trip the model file relies on), parsed once per task.
 */
final class Recipe implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String specJson;
    private final String configJson;
    private transient NetworkSpec spec;
    private transient TrainerConfig config;

    Recipe(NetworkSpec spec, TrainerConfig config) {
        try {
            this.specJson = Json.mapper().writeValueAsString(spec);
            this.configJson = Json.mapper().writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot describe the network for the executors: " + e.getMessage(), e);
        }
        this.spec = spec;
        this.config = config;
    }

    NetworkSpec spec() {
        if (spec == null) {
            spec = read(specJson, NetworkSpec.class);
        }
        return spec;
    }

    TrainerConfig config() {
        if (config == null) {
            config = read(configJson, TrainerConfig.class);
        }
        return config;
    }

    Metric metric() {
        return Metric.forLoss(config().loss().primary());
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the " + type.getSimpleName() + " sent by the driver: "
                    + e.getMessage(), e);
        }
    }
}

package tanito.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import tanito.nn.DenseSpec;
import tanito.nn.DropoutSpec;
import tanito.nn.HeadSpec;
import tanito.nn.LayerSpec;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;
import tanito.regularize.Penalty;
import tanito.train.TrainerConfig;

/** One-line human descriptions of a network and a training configuration, for the run's header. */
final class Describe {
    private Describe() {}

    /** For example "4 -> 64 relu -> dropout 0.2 -> 3". */
    static String network(NetworkSpec spec) {
        StringBuilder text = new StringBuilder().append(spec.inputs());
        for (LayerSpec layer : spec.trunk()) {
            text.append(" -> ").append(layer(layer));
        }
        text.append(spec.heads().stream().map(Describe::head).collect(Collectors.joining(", ", spec.heads().size() > 1 ? " -> {" : "", spec.heads().size() > 1 ? "}" : "")));
        return text.toString();
    }

    private static String head(HeadSpec head) {
        String layers = head.layers().stream().map(Describe::layer).collect(Collectors.joining(" -> "));
        return head.name().equals("output") ? " -> " + layers : head.name() + ": " + layers;
    }

    private static String layer(LayerSpec layer) {
        if (layer instanceof DenseSpec dense) {
            String name = dense.activation().getClass().getSimpleName().toLowerCase(Locale.ROOT);
            return dense.units() + (name.equals("identity") ? "" : " " + name);
        }
        return "dropout " + ((DropoutSpec) layer).rate();
    }

    /** For example "SGD lr 0.01 momentum 0.9, batch 32, up to 200 epochs, patience 20". */
    static String training(TrainerConfig config) {
        StringBuilder text = new StringBuilder();
        if (config.optimizer() instanceof Sgd sgd) {
            text.append(sgd.nesterov() ? "Nesterov SGD" : "SGD").append(" lr ").append(sgd.learningRate());
            if (sgd.momentum() > 0) {
                text.append(" momentum ").append(sgd.momentum());
            }
            if (sgd.weightDecay() > 0) {
                text.append(" weight decay ").append(sgd.weightDecay());
            }
        }
        text.append(", batch ").append(config.batchSize()).append(", up to ").append(config.epochs()).append(" epochs");
        for (Penalty p : config.penalties()) {
            text.append(", ").append(p.toString().toLowerCase(Locale.ROOT).replace("[strength=", " ").replace("]", ""));
        }
        if (config.earlyStopping() != null) {
            text.append(", early stopping on ").append(config.earlyStopping().monitor())
                    .append(" with patience ").append(config.earlyStopping().patience());
        }
        return text.toString();
    }
}

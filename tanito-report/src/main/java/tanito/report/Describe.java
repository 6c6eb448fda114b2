package tanito.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tanito.nn.DenseSpec;
import tanito.nn.DropoutSpec;
import tanito.nn.HeadSpec;
import tanito.nn.LayerSpec;
import tanito.nn.NetworkSpec;
import tanito.optim.OptimizerSpec;
import tanito.optim.Schedule;
import tanito.optim.Sgd;
import tanito.regularize.L1;
import tanito.regularize.L2;
import tanito.regularize.Penalty;
import tanito.train.SearchDomain;
import tanito.train.SearchSpace;
import tanito.train.TrainerConfig;

/** One-line human descriptions of a network, a training configuration and a search space, for headers. */
public final class Describe {
    private Describe() {}

    /** For example "4 -> 64 relu -> dropout 0.2 -> 3". */
    public static String network(NetworkSpec spec) {
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

    /** For example "SGD lr 0.01 momentum 0.9" or "Adam lr 0.001". */
    public static String optimizer(OptimizerSpec spec) {
        if (spec instanceof Sgd sgd) {
            return (sgd.nesterov() ? "Nesterov SGD" : "SGD") + " lr " + sgd.learningRate()
                    + (sgd.momentum() > 0 ? " momentum " + sgd.momentum() : "")
                    + (sgd.weightDecay() > 0 ? " weight decay " + sgd.weightDecay() : "");
        }
        return spec.getClass().getSimpleName() + " lr " + spec.learningRate();
    }

    /** For example "SGD lr 0.01 momentum 0.9, batch 32, up to 200 epochs, patience 20". */
    public static String training(TrainerConfig config) {
        StringBuilder text = new StringBuilder(optimizer(config.optimizer()));
        text.append(", batch ").append(config.batchSize()).append(", up to ").append(config.epochs()).append(" epochs");
        for (Penalty p : config.penalties()) {
            text.append(p instanceof L1 l1 ? ", l1 " + l1.strength() : ", l2 " + ((L2) p).strength());
        }
        if (!(config.schedule() instanceof Schedule.Constant)) {
            text.append(", schedule ").append(config.schedule());
        }
        if (config.plateau() != null) {
            text.append(", learning rate x").append(config.plateau().factor()).append(" after a plateau of ")
                    .append(config.plateau().patience()).append(" epochs");
        }
        if (config.clipping() != null) {
            text.append(", gradient clipping ").append(config.clipping());
        }
        if (config.earlyStopping() != null) {
            text.append(", early stopping on ").append(config.earlyStopping().monitor())
                    .append(" with patience ").append(config.earlyStopping().patience());
        }
        return text.toString();
    }

    /** For example "layers 32 | 64,32; lr log-uniform [1.0E-4, 0.1]": what a search varies. */
    public static String space(SearchSpace space) {
        List<String> parts = new ArrayList<>();
        if (space.layers() != null) {
            parts.add("layers " + space.layers().stream().map(l -> l.stream().map(String::valueOf)
                    .collect(Collectors.joining(","))).collect(Collectors.joining(" | ")));
        }
        add(parts, "activation", space.activations());
        add(parts, "optimizer", space.optimizers());
        add(parts, "lr", space.learningRate());
        add(parts, "batch", space.batchSizes());
        add(parts, "l1", space.l1());
        add(parts, "l2", space.l2());
        add(parts, "dropout", space.dropout());
        return parts.isEmpty() ? "nothing searched (the base configuration alone)" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, Object values) {
        if (values instanceof List<?> list) {
            parts.add(name + " " + list.stream().map(String::valueOf).collect(Collectors.joining(" | ")));
        } else if (values instanceof SearchDomain.Choices choices) {
            parts.add(name + " " + choices.values().stream().map(String::valueOf).collect(Collectors.joining(" | ")));
        } else if (values != null) {
            parts.add(name + " " + values);
        }
    }
}

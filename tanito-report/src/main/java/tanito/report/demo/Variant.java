package tanito.report.demo;

import tanito.nn.NetworkSpec;
import tanito.train.TrainerConfig;

/** One arm of a comparison: a name, a network and how to train it. */
public record Variant(String label, NetworkSpec network, TrainerConfig config) {}

package tanito.report.demo;

import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.data.Synthetic;
import tanito.linalg.Rng;

/**
 * The small noisy set the overfitting and dropout demonstrations share: 120 points of the circle
 * (TensorFlow Playground's: a disc inside a ring) with noise 0.5, split 50/30/20, so that a large
 * network can memorise its 60 training rows, noise included.
 */
final class SmallNoisySet {
    private SmallNoisySet() {}

    static Split split(long seed) {
        return SplitSpec.PRESET_50_30_20.apply(Synthetic.circle(120, 0.5, Rng.seeded(seed).split(1)),
                Rng.seeded(seed).split(0));
    }
}

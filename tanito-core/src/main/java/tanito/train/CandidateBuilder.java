package tanito.train;

import tanito.data.Dataset;
import tanito.nn.NetworkSpec;

/**
 * Turns a {@link Candidate} into what a run needs: the network for the data set and the training
 * configuration, the candidate's values laid over a base configuration that the builder holds. The
 * command line maps names as its flags do; a test or a library user supplies a lambda. A
 * {@link HyperparameterSearch} calls it once per candidate, on the calling thread, before any
 * training starts, so it need not be thread-safe and a bad value fails before any time is spent.
 */
@FunctionalInterface
public interface CandidateBuilder {

    /** What one candidate trains: a network of the data set's shape and its configuration. */
    record Trial(NetworkSpec network, TrainerConfig config) {}

    Trial build(Candidate candidate, Dataset data);
}

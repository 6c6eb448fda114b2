package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tanito.data.Dataset;
import tanito.data.IdxReader;
import tanito.data.Preprocessing;
import tanito.io.Json;
import tanito.linalg.MatMul;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.train.EpochTimer;
import tanito.train.SeedPolicy;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * {@code tanito bench}: the benchmark of record (see ../shared/bench): Fashion-MNIST, 784-256-128-10
 * ReLU, softmax cross-entropy, Adam lr 1e-3, a fresh shuffle every epoch, a fixed seed drawn as the
 * PyTorch anchor draws it (the same initial weights and orders, {@link SeedPolicy#PYTORCH}); prints the
 * training samples per second of every epoch, with the milliseconds the JIT spent compiling during it,
 * and the test accuracy after the last. The first epoch warms the JIT up; compare the later ones.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Train the benchmark net on Fashion-MNIST and report samples/s per epoch and test accuracy.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
    @Option(names = "--batch-size", defaultValue = "64", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batchSize;
    @Option(names = "--epochs", defaultValue = "2", description = "epochs; the first warms up (default: ${DEFAULT-VALUE})")
    int epochs;
    @Option(names = "--data", defaultValue = "/usr/share/datasets/fashion-mnist", paramLabel = "DIR",
            description = "directory of the IDX files (default: ${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--seed", defaultValue = "42", description = "(default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--seed-policy", defaultValue = "pytorch", paramLabel = "pytorch|tanito",
            description = "pytorch: the initial weights and shuffles of the PyTorch anchor with the same seed; "
                    + "tanito: Tanito's own streams (default: ${DEFAULT-VALUE})")
    String seedPolicy;
    @Option(names = "--json", description = "print one JSON object (the contract of ../shared/bench/compare.sh)")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        Dataset train = IdxReader.readDirectory(data, true, 1f / 255);
        Dataset test = IdxReader.readDirectory(data, false, 1f / 255);
        OpenBlasKernels.heldBackNote().ifPresent(command.commandLine().getErr()::println);
        NetworkSpec network = NetworkSpec.input(784).dense(256, Activation.relu()).dense(128, Activation.relu())
                .output(10);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(1e-3))
                .withBatchSize(batchSize).withEpochs(epochs).withSeed(seed).withSeedPolicy(SeedPolicy.named(seedPolicy))
                .withPreprocessing(Preprocessing.standard().withFeatures(tanito.data.ScalerSpec.none()));
        int rows = train.rows();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        List<Long> jitMillis = new ArrayList<>();
        long[] compiledSoFar = {jitTime(jit)};
        EpochTimer timer = new EpochTimer((metrics, seconds) -> {
            long compiled = jitTime(jit);
            jitMillis.add(compiled - compiledSoFar[0]);
            compiledSoFar[0] = compiled;
            if (!json) {
                out.printf(Locale.ROOT, "epoch %d: %.0f samples/s, loss %.4f, accuracy %.4f, JIT compiling %d ms%n",
                        metrics.epoch(), rows / seconds, metrics.loss(), metrics.metric(), jitMillis.get(jitMillis.size() - 1));
                out.flush();
            }
        });
        TrainingResult result = new Trainer(config, timer).fit(network, train, null);
        double accuracy = result.model().evaluate(test).metric();
        int threads = tanito.linalg.Parallel.threads();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("samples_per_s", timer.seconds().stream().map(seconds -> rows / seconds).toList());
            report.put("test_acc", accuracy);
            report.put("batch", batchSize);
            report.put("threads", threads);
            report.put("backend", MatMul.backend().description());
            report.put("epochs", epochs);
            report.put("jit_ms", jitMillis);
            report.put("seed_policy", config.seedPolicy().label());
            out.println(Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
        } else {
            out.printf(Locale.ROOT, "test accuracy %.4f after %d epochs; batch %d; %d threads; %s%n", accuracy, epochs,
                    batchSize, threads, MatMul.backend().description());
        }
        return 0;
    }

    /**
     * The JIT compilers' time so far, in milliseconds summed over their threads (0 where the JVM does not
     * tell): on two cores, compiling during an epoch takes a core from training (see "The JIT" in
     * {@code docs/performance.md}).
     */
    private static long jitTime(CompilationMXBean jit) {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}

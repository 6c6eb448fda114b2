package tanito.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tanito.linalg.AdamKernel;
import tanito.linalg.Elementwise;
import tanito.linalg.MatMul;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.linalg.Rows;

/**
 * The kernels of one training step of the benchmark net (784-256-128-10) at its real shapes: the
 * GEMM in the three transposition forms forward and backward use, the ReLU and its backward pass,
 * the softmax, the fused softmax cross-entropy (value and gradient) the loss runs, and Adam's fused
 * update over all 235,146 parameters. Run with OpenBLAS set up as {@code ./tanito} sets it up:
 * {@code OPENBLAS_NUM_THREADS=1 OPENBLAS_CORETYPE=SkylakeX java -jar tanito-bench/target/benchmarks.jar}
 * (the second on an AVX-512 processor; add {@code -p batch=64} to pick a batch). Without the first, the
 * products run on OpenBLAS's own threads instead of split over the cores by Tanito, which training does
 * not do (the weight-gradient product at batch 16: 160 against 25 µs). The products run on the backend
 * this JVM picks; for the pure-Java Vector API kernels:
 * {@code java --add-modules jdk.incubator.vector -Dtanito.gemm=java -jar tanito-bench/target/benchmarks.jar gemm}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBenchmarks {
    @Param({"16", "64", "256"})
    int batch;

    private Matrix x;
    private Matrix w1;
    private Matrix h1;
    private Matrix d1;
    private Matrix gradientW1;
    private Matrix gradientH1;
    private Matrix z;
    private Matrix y;
    private Matrix logits;
    private Matrix probabilities;
    private int[] classes;
    private float[] params;
    private float[] gradients;
    private float[] m;
    private float[] v;

    @Setup
    public void setUp() {
        Rng rng = Rng.seeded(1);
        x = gaussian(batch, 784, rng);
        w1 = gaussian(784, 256, rng);
        h1 = Matrix.zeros(batch, 256);
        d1 = gaussian(batch, 256, rng);
        gradientW1 = Matrix.zeros(784, 256);
        gradientH1 = Matrix.zeros(batch, 784);
        z = gaussian(batch, 256, rng);
        y = Matrix.zeros(batch, 256);
        logits = gaussian(batch, 10, rng);
        probabilities = Matrix.zeros(batch, 10);
        classes = new int[batch];
        for (int r = 0; r < batch; r++) {
            classes[r] = rng.nextInt(10);
        }
        int n = 784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10;
        params = gaussian(1, n, rng).data();
        gradients = gaussian(1, n, rng).data();
        m = new float[n];
        v = new float[n];
    }

    private static Matrix gaussian(int rows, int cols, Rng rng) {
        Matrix matrix = Matrix.zeros(rows, cols);
        for (int i = 0; i < matrix.size(); i++) {
            matrix.data()[i] = (float) (0.05 * rng.nextGaussian());
        }
        return matrix;
    }

    /** Forward: {@code X W1}. */
    @Benchmark
    public Matrix gemmForward() {
        MatMul.gemm(false, x, false, w1, 1f, 0f, h1);
        return h1;
    }

    /** Weight gradient: {@code X^T D1}. */
    @Benchmark
    public Matrix gemmWeightGradient() {
        MatMul.gemm(true, x, false, d1, 1f, 0f, gradientW1);
        return gradientW1;
    }

    /** Input gradient: {@code D1 W1^T}. */
    @Benchmark
    public Matrix gemmInputGradient() {
        MatMul.gemm(false, d1, true, w1, 1f, 0f, gradientH1);
        return gradientH1;
    }

    @Benchmark
    public Matrix relu() {
        Elementwise.leakyRelu(z, y, 0f);
        return y;
    }

    @Benchmark
    public Matrix reluBackward() {
        Elementwise.leakyReluBackward(z, d1, y, 0f);
        return y;
    }

    @Benchmark
    public Matrix softmax() {
        Rows.softmax(logits, probabilities);
        return probabilities;
    }

    /** The loss's kernel: the batch's summed cross-entropy, and its gradient on the logits. */
    @Benchmark
    public double softmaxCrossEntropy() {
        return Rows.softmaxCrossEntropy(logits, classes, 1f / batch, probabilities);
    }

    /** Adam over all parameters (independent of the batch). */
    @Benchmark
    public float[] adam() {
        AdamKernel.step(params, gradients, m, v, 0.9f, 0.999f, 1.1f, 1.05f, 1e-8f, 1e-3f);
        return params;
    }
}

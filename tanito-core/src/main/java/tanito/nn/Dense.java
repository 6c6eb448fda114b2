package tanito.nn;

import static tanito.Require.failure;
import static tanito.Require.require;

import tanito.linalg.MatMul;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.linalg.Rows;

/**
 * A fully connected layer with its activation: {@code z = x W + b, y = f(z)}, W of shape
 * [inputs, outputs] (the golden files' and Keras's layout). Backward, with dz = dy * f'(z):
 * {@code dW = x^T dz, db = sum over rows of dz, dx = dz W^T}. The bias add and the bias gradient run
 * inside the matrix products (the bias copied into z before {@code z = x W + z}; {@code db = 1^T dz}),
 * which saves two passes that do not vectorise over offset views.
 */
public final class Dense implements Layer {
    private final Matrix weights;
    private final Matrix weightGradient;
    private final Matrix bias;
    private final Matrix biasGradient;
    private final Activation activation;
    private final boolean linear;
    private final Scratch zBuffer = new Scratch();
    private final Scratch yBuffer = new Scratch();
    private final Scratch dzBuffer = new Scratch();
    private final Scratch dxBuffer = new Scratch();
    private Matrix ones = Matrix.zeros(1, 0);
    private Matrix input;
    private Matrix z;
    private Matrix y;

    /** Binds the layer to views of its weights [inputs, outputs] and bias [1, outputs] and their gradients. */
    public Dense(Matrix weights, Matrix weightGradient, Matrix bias, Matrix biasGradient, Activation activation) {
        Matrix.requireSameShape(weights, weightGradient);
        Matrix.requireSameShape(bias, biasGradient);
        require(bias.rows() == 1 && bias.cols() == weights.cols(),
                "bias must be 1x%d for weights %s, was %s", weights.cols(), weights.shape(), bias.shape());
        this.weights = weights;
        this.weightGradient = weightGradient;
        this.bias = bias;
        this.biasGradient = biasGradient;
        this.activation = activation;
        this.linear = activation instanceof Activation.Identity;
    }

    @Override
    public int inputSize() {
        return weights.rows();
    }

    @Override
    public int outputSize() {
        return weights.cols();
    }

    @Override
    public Matrix forward(Matrix x, Mode mode, Rng rng) {
        if (x.cols() != inputSize()) {
            throw failure("a dense layer of %d inputs got a batch of shape %s", inputSize(), x.shape());
        }
        input = x;
        z = zBuffer.matrix(x.rows(), outputSize());
        Rows.copyToEachRow(bias.data(), bias.offset(), z);
        MatMul.gemm(false, x, false, weights, 1f, 1f, z); // z = x W + z: the bias rides in the product
        if (linear) {
            y = z;
        } else {
            y = yBuffer.matrix(x.rows(), outputSize());
            activation.forward(z, y);
        }
        return y;
    }

    /** A 1 x rows matrix of ones, kept between batches. */
    private Matrix ones(int rows) {
        if (ones.cols() != rows) {
            ones = Matrix.zeros(1, rows);
            ones.fill(1f);
        }
        return ones;
    }

    @Override
    public Matrix backward(Matrix dy, boolean needInputGradient) {
        Matrix.requireSameShape(dy, y);
        Matrix dz = dy;
        if (!linear) {
            dz = dzBuffer.matrix(dy.rows(), dy.cols());
            activation.backward(z, y, dy, dz);
        }
        MatMul.gemm(true, input, false, dz, 1f, 0f, weightGradient);
        MatMul.gemm(false, ones(dz.rows()), false, dz, 1f, 0f, biasGradient); // db = 1^T dz, the column sums
        if (!needInputGradient) {
            return null;
        }
        Matrix dx = dxBuffer.matrix(dz.rows(), inputSize());
        MatMul.gemm(false, dz, true, weights, 1f, 0f, dx);
        return dx;
    }
}

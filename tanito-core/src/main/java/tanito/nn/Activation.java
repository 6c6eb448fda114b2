package tanito.nn;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Locale;
import tanito.linalg.Elementwise;
import tanito.linalg.Matrix;

/**
 * An activation function as value plus derivative: {@code y = f(z)} forward and
 * {@code dz = dy * f'(z)} backward. Backward receives both z and y so that each function uses the
 * cheaper exact form (sigmoid and tanh from y, the ReLU family from z). Softmax is not here: it is
 * fused into the cross-entropy loss, on logits, for stability.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Activation.Sigmoid.class, name = "sigmoid"),
        @JsonSubTypes.Type(value = Activation.Tanh.class, name = "tanh"),
        @JsonSubTypes.Type(value = Activation.Relu.class, name = "relu"),
        @JsonSubTypes.Type(value = Activation.LeakyRelu.class, name = "leaky_relu"),
        @JsonSubTypes.Type(value = Activation.Elu.class, name = "elu"),
        @JsonSubTypes.Type(value = Activation.Identity.class, name = "identity")})
public sealed interface Activation {

    /** y = f(z); z and y have the same shape and may be the same matrix. */
    void forward(Matrix z, Matrix y);

    /** dz = dy * f'(z), given z and y = f(z) from the forward pass; dz may be dy. */
    void backward(Matrix z, Matrix y, Matrix dy, Matrix dz);

    /** The initialiser that keeps activations' variance stable through this function. */
    Initializer defaultInitializer();

    static Activation sigmoid() {
        return new Sigmoid();
    }

    static Activation tanh() {
        return new Tanh();
    }

    static Activation relu() {
        return new Relu();
    }

    /** Leaky ReLU with PyTorch's default negative slope, 0.01. */
    static Activation leakyRelu() {
        return new LeakyRelu(0.01);
    }

    /** ELU with alpha 1 (Clevert et al., 2016). */
    static Activation elu() {
        return new Elu(1.0);
    }

    static Activation identity() {
        return new Identity();
    }

    /** By name, as the CLI spells them: sigmoid, tanh, relu, leaky_relu (or leaky-relu), elu, identity (or linear). */
    static Activation parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "sigmoid": return sigmoid();
            case "tanh": return tanh();
            case "relu": return relu();
            case "leaky_relu": return leakyRelu();
            case "elu": return elu();
            case "identity": case "linear": return identity();
            default: throw new IllegalArgumentException("unknown activation '" + name
                    + "'; choose sigmoid, tanh, relu, leaky_relu, elu or identity");
        }
    }

    /** sigma(z) = 1 / (1 + e^-z);  sigma' = y (1 - y). */
    record Sigmoid() implements Activation {
        public void forward(Matrix z, Matrix y) { Elementwise.sigmoid(z, y); }
        public void backward(Matrix z, Matrix y, Matrix dy, Matrix dz) { Elementwise.sigmoidBackward(y, dy, dz); }
        public Initializer defaultInitializer() { return Initializer.GLOROT_UNIFORM; }
    }

    /** tanh z;  tanh' = 1 - y^2. */
    record Tanh() implements Activation {
        public void forward(Matrix z, Matrix y) { Elementwise.tanh(z, y); }
        public void backward(Matrix z, Matrix y, Matrix dy, Matrix dz) { Elementwise.tanhBackward(y, dy, dz); }
        public Initializer defaultInitializer() { return Initializer.GLOROT_UNIFORM; }
    }

    /** max(0, z);  derivative 1 for z &gt; 0, else 0 (0 at z = 0, as PyTorch). */
    record Relu() implements Activation {
        public void forward(Matrix z, Matrix y) { Elementwise.leakyRelu(z, y, 0f); }
        public void backward(Matrix z, Matrix y, Matrix dy, Matrix dz) { Elementwise.leakyReluBackward(z, dy, dz, 0f); }
        public Initializer defaultInitializer() { return Initializer.HE_NORMAL; }
    }

    /** z for z &gt; 0, else slope * z (Maas et al., 2013);  derivative 1 or slope. */
    record LeakyRelu(double slope) implements Activation {
        public LeakyRelu {
            require(slope >= 0 && slope < 1, "leaky relu slope must be in [0, 1), was %s", slope);
        }
        public void forward(Matrix z, Matrix y) { Elementwise.leakyRelu(z, y, (float) slope); }
        public void backward(Matrix z, Matrix y, Matrix dy, Matrix dz) {
            Elementwise.leakyReluBackward(z, dy, dz, (float) slope);
        }
        public Initializer defaultInitializer() { return Initializer.HE_NORMAL; }
    }

    /** z for z &gt; 0, else alpha (e^z - 1) (Clevert et al., 2016);  derivative 1 or y + alpha. */
    record Elu(double alpha) implements Activation {
        public Elu {
            require(alpha > 0, "elu alpha must be > 0, was %s", alpha);
        }
        public void forward(Matrix z, Matrix y) { Elementwise.elu(z, y, (float) alpha); }
        public void backward(Matrix z, Matrix y, Matrix dy, Matrix dz) {
            Elementwise.eluBackward(z, y, dy, dz, (float) alpha);
        }
        public Initializer defaultInitializer() { return Initializer.HE_NORMAL; }
    }

    /** z (a linear output, for logits and regression);  derivative 1. */
    record Identity() implements Activation {
        public void forward(Matrix z, Matrix y) {
            if (y != z) {
                y.copyFrom(z);
            }
        }
        public void backward(Matrix z, Matrix y, Matrix dy, Matrix dz) {
            if (dz != dy) {
                dz.copyFrom(dy);
            }
        }
        public Initializer defaultInitializer() { return Initializer.GLOROT_UNIFORM; }
    }
}

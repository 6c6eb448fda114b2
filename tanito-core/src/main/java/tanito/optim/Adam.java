package tanito.optim;

/**
 * Adam with {@code torch.optim.Adam} semantics and defaults (lr 1e-3, betas 0.9 and 0.999, eps 1e-8):
 * <pre>
 *   g = g + weightDecay * p                  (coupled L2, as torch's weight_decay)
 *   m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2;  (AMSGrad: v = max over steps)
 *   p = p - lr * (m / (1 - b1^t)) / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * </pre>
 * Kingma &amp; Ba, ICLR 2015; AMSGrad: Reddi et al., ICLR 2018. See {@link ScaleByAdam}.
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                   boolean amsgrad) implements OptimizerSpec {

    public Adam {
        Hyper.learningRate(learningRate);
        Hyper.beta("beta1", beta1);
        Hyper.beta("beta2", beta2);
        Hyper.epsilon(epsilon);
        Hyper.weightDecay(weightDecay);
    }

    /** PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, no weight decay, no AMSGrad. */
    public static Adam defaults() {
        return withLearningRate(1e-3);
    }

    public static Adam withLearningRate(double learningRate) {
        return new Adam(learningRate, 0.9, 0.999, 1e-8, 0, false);
    }

    public Adam withBetas(double newBeta1, double newBeta2) {
        return new Adam(learningRate, newBeta1, newBeta2, epsilon, weightDecay, amsgrad);
    }

    public Adam withEpsilon(double newEpsilon) {
        return new Adam(learningRate, beta1, beta2, newEpsilon, weightDecay, amsgrad);
    }

    public Adam withWeightDecay(double newWeightDecay) {
        return new Adam(learningRate, beta1, beta2, epsilon, newWeightDecay, amsgrad);
    }

    public Adam withAmsgrad(boolean newAmsgrad) {
        return new Adam(learningRate, beta1, beta2, epsilon, weightDecay, newAmsgrad);
    }

    @Override
    public Optimizer create(int parameterCount) {
        return ChainedOptimizer.afterCoupledDecay(parameterCount, LearningRate.constant(learningRate), weightDecay,
                new ScaleByAdam(parameterCount, beta1, beta2, epsilon, amsgrad));
    }
}

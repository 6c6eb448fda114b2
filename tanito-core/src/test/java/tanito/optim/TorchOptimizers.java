package tanito.optim;

import com.fasterxml.jackson.databind.JsonNode;

/** Builds Tanito's optimiser from a golden case's torch.optim class and hyper-parameters, with torch's defaults. */
final class TorchOptimizers {
    private TorchOptimizers() {}

    static OptimizerSpec spec(String torchClass, JsonNode h) {
        double lr = h.get("lr").asDouble();
        double weightDecay = h.path("weight_decay").asDouble(0);
        double beta1 = h.path("betas").path(0).asDouble(0.9);
        double beta2 = h.path("betas").path(1).asDouble(0.999);
        switch (torchClass) {
            case "SGD":
                return new Sgd(lr, h.path("momentum").asDouble(0), h.path("dampening").asDouble(0),
                        h.path("nesterov").asBoolean(false), weightDecay);
            case "Adagrad":
                return new Adagrad(lr, h.path("lr_decay").asDouble(0), weightDecay,
                        h.path("initial_accumulator_value").asDouble(0), h.path("eps").asDouble(1e-10));
            case "Adadelta":
                return new Adadelta(lr, h.path("rho").asDouble(0.9), h.path("eps").asDouble(1e-6), weightDecay);
            case "RMSprop":
                return new RmsProp(lr, h.path("alpha").asDouble(0.99), h.path("eps").asDouble(1e-8), weightDecay,
                        h.path("momentum").asDouble(0), h.path("centered").asBoolean(false));
            case "Adam":
                return new Adam(lr, beta1, beta2, h.path("eps").asDouble(1e-8), weightDecay,
                        h.path("amsgrad").asBoolean(false));
            case "AdamW":
                return new AdamW(lr, beta1, beta2, h.path("eps").asDouble(1e-8), h.path("weight_decay").asDouble(1e-2),
                        h.path("amsgrad").asBoolean(false));
            case "NAdam":
                return new NAdam(lr, beta1, beta2, h.path("eps").asDouble(1e-8), weightDecay,
                        h.path("momentum_decay").asDouble(4e-3));
            case "Adamax":
                return new Adamax(lr, beta1, beta2, h.path("eps").asDouble(1e-8), weightDecay);
            default:
                throw new AssertionError("no Tanito optimiser for torch.optim." + torchClass);
        }
    }
}

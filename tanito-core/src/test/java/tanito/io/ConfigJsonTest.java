package tanito.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.EpochOrder;
import tanito.data.ScalerSpec;
import tanito.loss.Loss;
import tanito.loss.WeightedLoss;
import tanito.nn.Activation;
import tanito.nn.DenseSpec;
import tanito.nn.HeadSpec;
import tanito.nn.Initializer;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;
import tanito.regularize.Penalty;
import tanito.train.EarlyStopping;
import tanito.train.SeedPolicy;
import tanito.train.TrainerConfig;

/** Every configuration record round-trips through JSON. */
class ConfigJsonTest {

    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        String json = Json.mapper().writeValueAsString(value);
        return Json.mapper().readValue(json, type);
    }

    @Test
    void trainerConfigRoundTrips() throws Exception {
        TrainerConfig config = TrainerConfig.of(WeightedLoss.of(
                        new WeightedLoss.Term("price", Loss.meanSquaredError(), 1.0),
                        new WeightedLoss.Term(null, Loss.softmaxCrossEntropy(), 0.5)),
                        Sgd.nesterov(0.01, 0.9).withWeightDecay(1e-4))
                .withPenalties(Penalty.l1(1e-5), Penalty.l2(1e-3))
                .withEarlyStopping(EarlyStopping.patience(7).withMonitor("val_accuracy").withMinDelta(1e-3))
                .withScaler(ScalerSpec.none()).withBatchSize(16).withEpochs(12).withSeed(-5)
                .withSeedPolicy(SeedPolicy.PYTORCH).withOrder(new EpochOrder.HardFirst(0.5));
        assertEquals(config, roundTrip(config, TrainerConfig.class));
        TrainerConfig plain = TrainerConfig.of(Loss.sigmoidBinaryCrossEntropy(), Sgd.plain(0.1));
        assertEquals(plain, roundTrip(plain, TrainerConfig.class));
    }

    @Test
    void networkSpecRoundTrips() throws Exception {
        NetworkSpec spec = NetworkSpec.input(5)
                .add(new DenseSpec(8, new Activation.LeakyRelu(0.2), Initializer.LECUN_NORMAL))
                .dense(6, Activation.elu()).dropout(0.3).dense(4, Activation.sigmoid()).dense(4, Activation.tanh())
                .heads(HeadSpec.linear("value", 2),
                        new HeadSpec("kind", List.of(new DenseSpec(3, Activation.relu()), new DenseSpec(3, Activation.identity()))));
        assertEquals(spec, roundTrip(spec, NetworkSpec.class));
    }

    @Test
    void aMisspeltKeyIsAnErrorNotASilentDefault() {
        String json = "{\"type\":\"sgd\",\"learningRate\":0.1,\"momentum\":0.9,\"dampening\":0,"
                + "\"nesterov\":false,\"weightDecay\":0,\"weightdecay\":0.1}";
        assertThrows(UnrecognizedPropertyException.class, () -> Json.mapper().readValue(json, Sgd.class));
    }
}

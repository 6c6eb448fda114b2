package tanito.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.data.Datasets;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;

class EpochTimerTest {
    @Test
    void timesEveryEpochAndTellsTheListenerWhatItRecords() {
        List<Integer> heard = new ArrayList<>();
        List<Double> heardSeconds = new ArrayList<>();
        EpochTimer timer = new EpochTimer((metrics, seconds) -> {
            heard.add(metrics.epoch());
            heardSeconds.add(seconds);
        });
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.plain(0.1)).withEpochs(4).withBatchSize(16);
        new Trainer(config, timer).fit(NetworkSpec.input(4).dense(4, Activation.tanh()).output(3),
                Datasets.builtin("iris"), null);
        assertEquals(List.of(1, 2, 3, 4), heard);
        assertEquals(heardSeconds, timer.seconds());
        assertTrue(timer.seconds().stream().allMatch(s -> s > 0 && s < 60), timer.seconds().toString());
    }
}

package tanito.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tanito.io.Json;

class ScheduleTest {

    @Test
    void aLearningRateMultiplierMustBePositiveAndFiniteAndTheMessageNamesIt() {
        Optimizer adam = Adam.withLearningRate(0.01).create(2);
        for (double bad : new double[] {-0.5, 0, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("a learning-rate multiplier must be > 0, was " + bad,
                    assertThrows(IllegalArgumentException.class, () -> adam.setLearningRateMultiplier(bad))
                            .getMessage());
        }
        adam.setLearningRateMultiplier(0.5);
        assertEquals(0.005, adam.learningRate(), 1e-15);
    }

    @Test
    void stepDecayMultipliesByGammaEveryStepSizeSteps() {
        Schedule s = new Schedule.StepDecay(3, 0.5);
        double[] expected = {1, 1, 1, 0.5, 0.5, 0.5, 0.25};
        for (int t = 1; t <= expected.length; t++) {
            assertEquals(expected[t - 1], s.factor(t), 1e-15, "step " + t);
        }
    }

    @Test
    void exponentialIsGammaToTheStepsTaken() {
        Schedule s = new Schedule.Exponential(0.9);
        assertEquals(1, s.factor(1));
        assertEquals(0.9 * 0.9 * 0.9, s.factor(4), 1e-15);
    }

    @Test
    void cosineWarmsUpLinearlyThenAnnealsToTheMinimum() {
        Schedule s = new Schedule.CosineWithWarmup(4, 14, 0.1);
        assertEquals(0.25, s.factor(1), 1e-15);
        assertEquals(1.0, s.factor(4), 1e-15);
        assertEquals(0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * 0.5)), s.factor(9), 1e-12);
        assertEquals(0.1, s.factor(14), 1e-15);
        assertEquals(0.1, s.factor(100), 1e-15);
        for (int t = 5; t < 14; t++) {
            assertEquals(true, s.factor(t + 1) < s.factor(t), "decreasing after the warm-up, step " + t);
        }
    }

    @Test
    void schedulesRoundTripThroughJsonAndRejectBadValues() throws Exception {
        for (Schedule s : new Schedule[] {Schedule.constant(), new Schedule.StepDecay(10, 0.1),
                new Schedule.Exponential(0.99), new Schedule.CosineWithWarmup(5, 50, 0)}) {
            assertEquals(s, Json.mapper().readValue(Json.mapper().writeValueAsString(s), Schedule.class));
        }
        assertEquals("gamma must be in (0, 1], was 1.5",
                assertThrows(IllegalArgumentException.class, () -> new Schedule.Exponential(1.5)).getMessage());
        assertEquals("totalSteps must be > warmupSteps (10), was 10",
                assertThrows(IllegalArgumentException.class, () -> new Schedule.CosineWithWarmup(10, 10, 0)).getMessage());
    }
}

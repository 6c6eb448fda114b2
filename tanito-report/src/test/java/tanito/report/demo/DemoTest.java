package tanito.report.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tanito.report.Figure;

/** Each demonstration shows what it claims, with the figures it reports, and draws its charts. */
class DemoTest {

    @Test
    void standardisingWineOpensAClearAccuracyGap() {
        Map<String, Double> n = runAndCheckCharts("standardisation");
        assertTrue(n.get("standardised_test_accuracy") >= 0.9, "standardised: " + n);
        assertTrue(n.get("standardised_test_accuracy") - n.get("raw_test_accuracy") >= 0.3, "gap: " + n);
    }

    @Test
    void theElephantsManyParameterFitHasTheLowestTrainingAndAHigherValidationError() {
        Map<String, Double> n = runAndCheckCharts("elephant");
        assertTrue(n.get("40_training_mse") < n.get("5_training_mse"), "training: " + n);
        assertTrue(n.get("40_validation_mse") > 2 * n.get("5_validation_mse"), "validation: " + n);
        assertTrue(n.get("5_validation_mse") < n.get("4_validation_mse"), "5 fits better than 4: " + n);
    }

    @Test
    void earlyStoppingKeepsALowerValidationLossThanTrainingOn() {
        Map<String, Double> n = runAndCheckCharts("overfitting");
        assertTrue(n.get("stopped_validation_loss") < n.get("full_validation_loss"), n.toString());
        assertTrue(n.get("kept_epoch") < OverfittingDemo.EPOCHS, n.toString());
    }

    @Test
    void anUnknownExampleIsNamedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Demo.named("giraffe"));
        assertEquals("unknown example 'giraffe'; choose overfitting, standardisation, dropout, optimisers, elephant",
                e.getMessage());
    }

    private static Map<String, Double> runAndCheckCharts(String name) {
        DemoResult result = Demo.named(name).run(42);
        assertEquals(name, result.name());
        for (Figure figure : result.figures()) {
            assertTrue(figure.chart().png().length > 5_000, figure.title() + " PNG is too small to hold a chart");
            assertTrue(figure.chart().svg().startsWith("<svg") || figure.chart().svg().contains("<svg"), figure.title());
        }
        return result.numbers();
    }
}

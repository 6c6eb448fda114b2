package tanito.web.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The What-If page in real headless Chromium on a model trained on the shared wine.csv: a feature
 * of a row is edited in the editor and the predicted class changes to the one the model gives for
 * the edited point; the nearest counterfactual the page shows is the one the probe finds, and the API
 * confirms its class. Also a binary model's threshold and cost, and a regression model. Each view is
 * saved as a picture in {@code target/} ({@code docs/make-images.sh} copies them into docs/images).
 */
class WhatIfBrowserTest {
    @TempDir
    static Path dir;
    private static Probe wine;
    private static Probe circle;
    private static WhatIfServer server;
    private static WhatIfServer binary;
    private static WhatIfServer regression;
    private static WhatIfPage page;

    @BeforeAll
    static void start() {
        wine = Models.wine(dir);
        server = Models.serve(wine, "wine");
        circle = Models.circle(dir);
        binary = Models.serve(circle, "circle");
        regression = Models.serve(Models.plane(dir), "plane");
        page = WhatIfPage.start();
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.browser().quit();
        }
        for (WhatIfServer s : new WhatIfServer[] {server, binary, regression}) {
            if (s != null) {
                s.close();
            }
        }
    }

    /** A row, a feature and a value on the feature's range that the model says change the row's class. */
    record Edit(int row, int feature, float value, Prediction before, Prediction after) {}

    /** The first such edit, rows in order, features in order, values on the partial dependence grid (2 decimals). */
    static Edit classChangingEdit() {
        for (int row = 0; row < wine.rows(); row++) {
            for (int feature = 0; feature < wine.model().featureNames().size(); feature++) {
                for (double g : PartialDependence.grid(wine.column(feature), PartialDependence.GRID)) {
                    float[] point = wine.features(row);
                    point[feature] = (float) (Math.round(g * 100) / 100.0);
                    Prediction after = wine.predict(point);
                    if (!after.classIndex().equals(wine.prediction(row).classIndex())) {
                        return new Edit(row, feature, point[feature], wine.prediction(row), after);
                    }
                }
            }
        }
        throw new AssertionError("no single-feature edit changes any row's class");
    }

    @Test
    void editingAFeatureChangesTheClassAndTheCounterfactualIsConfirmed() {
        Edit edit = classChangingEdit();
        page.open(server, "#editor/" + edit.row());
        page.waitForPrediction(edit.before().className());

        page.choose("distance", "L2: straight-line distance");
        int shown = page.findCounterfactual();
        Counterfactual.Neighbour expected = wine.counterfactual(wine.features(edit.row()), Distance.L2, 0).orElseThrow();
        assertEquals(expected.row(), shown, "the page shows the probe's nearest counterfactual");
        Api api = new Api(server);
        JsonNode row = api.get("/api/rows").get(shown);
        JsonNode confirmed = api.post("/api/predict", "{\"features\":" + row.get("features") + "}").body();
        assertEquals(page.text("counterfactual-class"), confirmed.get("className").asText());
        assertNotEquals(edit.before().className(), confirmed.get("className").asText(), "a counterfactual has another class");
        System.out.printf("What-If: row %d (%s): nearest counterfactual row %d (%s) at L2 distance %.4f%n", edit.row(),
                edit.before().className(), shown, confirmed.get("className").asText(), expected.distance());
        page.screenshot("whatif-counterfactual", 1000);

        page.type("feature-" + edit.feature(), String.valueOf(edit.value()));
        page.waitForPrediction(edit.after().className());
        System.out.printf("What-If: row %d, %s %s -> %s changes %s to %s (P %.3f)%n", edit.row(),
                wine.model().featureNames().get(edit.feature()), wine.features(edit.row())[edit.feature()], edit.value(),
                edit.before().className(), edit.after().className(),
                edit.after().probabilities()[edit.after().classIndex()]);
        assertNotEquals(edit.before().className(), edit.after().className());
        assertTrue(page.attribute("feature-row-" + edit.feature(), "class").contains("changed"));
        assertNotNull(page.attribute("counterfactual", "hidden"), "an edit hides the counterfactual of the point before");
        page.screenshot("whatif-editor", 640);
    }

    @Test
    void theTableFiltersAndSorts() {
        page.open(server, "#table");
        long wrong = 0;
        long class2 = 0;
        for (int r = 0; r < wine.rows(); r++) {
            wrong += wine.prediction(r).classIndex() == wine.data().label(r) ? 0 : 1;
            class2 += wine.data().label(r) == 2 || wine.prediction(r).classIndex() == 2 ? 1 : 0;
        }
        page.click("filter-wrong");
        assertEquals(wrong + " of 178 rows shown", page.text("row-count"));
        page.click("filter-wrong");
        page.type("filter-text", "class_2");
        assertEquals(class2 + " of 178 rows shown", page.text("row-count"));
        page.type("filter-text", "83");
        assertEquals("1 of 178 rows shown", page.text("row-count"), "a number is a row, not a part of one");
        page.browser().executeScript("const e = document.getElementById('filter-text');"
                + " e.value = ''; e.dispatchEvent(new Event('input'))");
        assertEquals("178 of 178 rows shown", page.text("row-count"));
        page.browser().findElements(By.cssSelector("#rows th.sortable")).get(0).click(); // Row again: descending
        assertEquals("177", firstRow());
        page.browser().findElements(By.cssSelector("#rows th.sortable")).get(3).click(); // Probability: least sure first
        assertEquals(String.valueOf(leastSureRow()), firstRow());
        page.screenshot("whatif-table", 860);
    }

    @Test
    void partialDependencePerformanceAndSlicesAreDrawn() {
        int row = leastSureRow();
        String feature = steepestFeature(row);
        page.open(server, "#editor/" + row);
        page.open(server, "#pdp");
        page.choose("pdp-feature", feature);
        page.waitForChart("pdp-chart", feature);
        assertEquals("row " + row, page.text("pdp-point"));
        page.screenshot("whatif-pdp", 760);
        page.open(server, "#performance");
        assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * Performance.of(wine, 0.5, 1).classes().accuracy()),
                page.text("accuracy"));
        assertNotNull(page.attribute("binary-controls", "hidden"), "no threshold for three classes");
        page.screenshot("whatif-performance", 560);
        page.open(server, "#slices");
        page.choose("slice-feature", "color_intensity");
        page.waitForChart("slice-chart", "color_intensity/4");
        assertEquals(5, page.browser().findElements(By.cssSelector("#slice-table tr")).size(), "a header and 4 ranges");
        page.screenshot("whatif-slices", 600);
    }

    @Test
    void aBinaryModelHasAThresholdWithRocAndPrCurves() {
        page.open(binary, "#performance");
        page.waitForChart("roc-chart", "0.50");
        BinaryCurves even = Performance.of(circle, 0.5, 1).binary();
        assertEquals("area under the curve " + String.format(Locale.ROOT, "%.4f", even.rocAuc()), page.text("roc-auc"));
        BinaryCurves costly = Performance.of(circle, 0.5, 2).binary();
        page.type("cost-ratio", "2\t"); // a false positive costs two false negatives
        page.waitUntil(() -> page.text("cost-note"),
                () -> page.text("cost-note").contains(": " + (long) costly.cost() + " at this threshold"));
        page.click("cheapest");
        page.waitForChart("roc-chart", String.format(Locale.ROOT, "%.2f", costly.cheapestThreshold()));
        assertTrue(page.text("cost-note").contains("the least, " + (long) costly.cheapestCost() + ", at threshold"),
                page.text("cost-note"));
        assertTrue(costly.cheapestCost() < costly.cost());
        System.out.printf("What-If circle: ROC AUC %.4f, average precision %.4f; cost ratio 2: cost %.0f at 0.5,"
                + " least %.0f at threshold %.4f%n", even.rocAuc(), even.averagePrecision(), costly.cost(),
                costly.cheapestCost(), costly.cheapestThreshold());
        page.screenshot("whatif-binary", 860);
    }

    @Test
    void aRegressionModelShowsErrorsAndAValueCounterfactual() {
        page.open(regression, "#table");
        assertTrue(page.browser().findElements(By.cssSelector("#rows th")).stream()
                .anyMatch(th -> th.getText().equals("Error")));
        page.open(regression, "#editor/3");
        double before = Double.parseDouble(page.text("predicted-class"));
        page.type("delta", "0.3");
        page.findCounterfactual();
        double after = Double.parseDouble(page.text("counterfactual-class"));
        assertTrue(Math.abs(after - before) >= 0.3, before + " -> " + after);
        page.open(regression, "#performance");
        assertTrue(Double.parseDouble(page.text("r2")) > 0.9, page.text("r2"));
        page.screenshot("whatif-regression", 700);
    }

    private static String firstRow() {
        return page.browser().findElement(By.cssSelector("#rows tbody tr")).getAttribute("data-row");
    }

    /** The row whose predicted class the model is least sure of. */
    private static int leastSureRow() {
        int least = 0;
        for (int r = 1; r < wine.rows(); r++) {
            if (top(r) < top(least)) {
                least = r;
            }
        }
        return least;
    }

    private static double top(int row) {
        return Arrays.stream(wine.prediction(row).probabilities()).max().orElseThrow();
    }

    /** The feature along which the row's predicted class probability moves the most. */
    private static String steepestFeature(int row) {
        int predicted = wine.prediction(row).classIndex();
        String steepest = null;
        double most = -1;
        for (int j = 0; j < wine.model().featureNames().size(); j++) {
            double[] curve = Arrays.stream(PartialDependence.of(wine, j, wine.features(row)).point())
                    .mapToDouble(p -> p[predicted]).toArray();
            double span = Arrays.stream(curve).max().orElseThrow() - Arrays.stream(curve).min().orElseThrow();
            if (span > most) {
                most = span;
                steepest = wine.model().featureNames().get(j);
            }
        }
        return steepest;
    }
}

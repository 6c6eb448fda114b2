package tanito.web.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tanito.train.Model;
import tanito.web.HeadlessChromium;

/**
 * The What-If page in real headless Chromium ({@link HeadlessChromium})
 * on a model trained on the shared wine.csv: a feature of a row is edited in the editor and the
 * predicted class changes to the one the model gives for the edited point; the nearest counterfactual
 * the page shows is the one the probe finds, and the API confirms its class. Each view is saved as a
 * picture in {@code target/} ({@code docs/make-images.sh} copies them into docs/images).
 */
class WhatIfBrowserTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    private static Probe probe;
    private static Probe circle;
    private static WhatIfServer server;
    private static WhatIfServer binary;
    private static WhatIfServer regression;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Model wine = Models.wine(dir);
        probe = Probe.of(wine, wine.schema().read(Models.WINE_CSV, ','));
        server = WhatIfServer.start("127.0.0.1", 0, probe, "wine.tanito.json", "wine.csv");
        circle = Probe.of(Models.circle(dir), Models.circleData());
        binary = WhatIfServer.start("127.0.0.1", 0, circle,
                "circle.tanito.json", "circle.csv");
        regression = WhatIfServer.start("127.0.0.1", 0, Probe.of(Models.plane(dir), Models.planeData()),
                "plane.tanito.json", "plane.csv");
        browser = HeadlessChromium.start(1280, 1003);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (WhatIfServer s : new WhatIfServer[] {server, binary, regression}) {
            if (s != null) {
                s.close();
            }
        }
    }

    /** A row, a feature and a value on the feature's range that the model says change the row's class. */
    record Edit(int row, int feature, float value, Prediction before, Prediction after) {}

    static Edit classChangingEdit() {
        for (int row = 0; row < probe.rows(); row++) {
            for (int feature = 0; feature < probe.model().featureNames().size(); feature++) {
                for (double g : PartialDependence.grid(probe.column(feature), PartialDependence.GRID)) {
                    float[] point = probe.features(row);
                    point[feature] = (float) (Math.round(g * 100) / 100.0);
                    Prediction after = probe.predict(point);
                    if (!after.classIndex().equals(probe.prediction(row).classIndex())) {
                        return new Edit(row, feature, point[feature], probe.prediction(row), after);
                    }
                }
            }
        }
        throw new AssertionError("no single-feature edit changes any row's class");
    }

    @Test
    void editingAFeatureChangesTheClassAndTheCounterfactualIsConfirmed() throws Exception {
        Edit edit = classChangingEdit();
        String name = probe.model().featureNames().get(edit.feature());
        open(server, "#editor/" + edit.row());
        waitForPrediction(edit.before().className());

        new Select(browser.findElement(By.id("distance"))).selectByValue("l2");
        browser.findElement(By.id("find-counterfactual")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("counterfactual")).getAttribute("data-row").isEmpty());
        int shown = Integer.parseInt(text("counterfactual-row"));
        Counterfactual.Neighbour expected = probe.counterfactual(probe.features(edit.row()), Distance.L2, 0).orElseThrow();
        assertEquals(expected.row(), shown, "the page shows the probe's nearest counterfactual");
        JsonNode row = json(HTTP.send(HttpRequest.newBuilder(URI.create(base(server) + "/api/rows")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get(shown);
        JsonNode confirmed = json(post(server, "/api/predict", "{\"features\":" + row.get("features") + "}"));
        assertEquals(text("counterfactual-class"), confirmed.get("className").asText());
        assertNotEquals(edit.before().className(), confirmed.get("className").asText(), "a counterfactual has another class");
        System.out.printf("What-If: row %d (%s): nearest counterfactual row %d (%s) at L2 distance %.4f%n", edit.row(),
                edit.before().className(), shown, confirmed.get("className").asText(), expected.distance());
        screenshot("whatif-counterfactual", 1000);

        WebElement input = browser.findElement(By.id("feature-" + edit.feature()));
        input.clear();
        input.sendKeys(String.valueOf(edit.value()));
        waitForPrediction(edit.after().className());
        System.out.printf("What-If: row %d, %s %s -> %s changes %s to %s (P %.3f)%n", edit.row(), name,
                probe.features(edit.row())[edit.feature()], edit.value(), edit.before().className(),
                edit.after().className(), edit.after().probabilities()[edit.after().classIndex()]);
        assertNotEquals(edit.before().className(), edit.after().className());
        assertTrue(browser.findElement(By.id("feature-row-" + edit.feature())).getAttribute("class").contains("changed"));
        assertTrue(browser.findElement(By.id("counterfactual")).getAttribute("hidden") != null,
                "an edit hides the counterfactual of the point before");
        screenshot("whatif-editor", 640);
    }

    @Test
    void theTableFiltersAndSorts() throws Exception {
        open(server, "#table");
        long wrong = 0;
        for (int r = 0; r < probe.rows(); r++) {
            wrong += probe.prediction(r).classIndex() == probe.data().label(r) ? 0 : 1;
        }
        browser.findElement(By.id("filter-wrong")).click();
        assertEquals(wrong + " of 178 rows shown", text("row-count"));
        browser.findElement(By.id("filter-wrong")).click();
        browser.findElement(By.id("filter-text")).sendKeys("class_2");
        long class2 = 0;
        for (int r = 0; r < probe.rows(); r++) {
            class2 += probe.data().label(r) == 2 || probe.prediction(r).classIndex() == 2 ? 1 : 0;
        }
        assertEquals(class2 + " of 178 rows shown", text("row-count"));
        ((JavascriptExecutor) browser).executeScript("const e = document.getElementById('filter-text');"
                + " e.value = ''; e.dispatchEvent(new Event('input'))");
        assertEquals("178 of 178 rows shown", text("row-count"));
        browser.findElements(By.cssSelector("#rows th.sortable")).get(0).click(); // Row again: descending
        assertEquals("177", browser.findElement(By.cssSelector("#rows tbody tr")).getAttribute("data-row"));
        browser.findElements(By.cssSelector("#rows th.sortable")).get(3).click(); // Probability: the least sure first
        int leastSure = leastSureRow();
        assertEquals(String.valueOf(leastSure), browser.findElement(By.cssSelector("#rows tbody tr")).getAttribute("data-row"));
        screenshot("whatif-table", 860);
    }

    @Test
    void partialDependencePerformanceAndSlicesAreDrawn() throws Exception {
        int row = leastSureRow();
        String feature = steepestFeature(row);
        open(server, "#editor/" + row);
        open(server, "#pdp");
        new Select(browser.findElement(By.id("pdp-feature"))).selectByVisibleText(feature);
        waitForChart("pdp-chart", feature);
        assertEquals("row " + row, text("pdp-point"));
        screenshot("whatif-pdp", 760);
        open(server, "#performance");
        assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * Performance.of(probe, 0.5, 1).classes().accuracy()),
                text("accuracy"));
        assertTrue(browser.findElement(By.id("binary-controls")).getAttribute("hidden") != null,
                "no threshold for three classes");
        screenshot("whatif-performance", 560);
        open(server, "#slices");
        new Select(browser.findElement(By.id("slice-feature"))).selectByVisibleText("color_intensity");
        waitForChart("slice-chart", "color_intensity/4");
        assertEquals(5, browser.findElements(By.cssSelector("#slice-table tr")).size(), "a header and 4 ranges");
        screenshot("whatif-slices", 600);
    }

    @Test
    void aBinaryModelHasAThresholdWithRocAndPrCurves() throws Exception {
        open(binary, "#performance");
        waitForChart("roc-chart", "0.50");
        assertTrue(text("roc-auc").matches("area under the curve 0\\.[789]\\d*"), text("roc-auc"));
        BinaryCurves expected = Performance.of(circle, 0.5, 1).binary();
        browser.findElement(By.id("cost-ratio")).clear();
        browser.findElement(By.id("cost-ratio")).sendKeys("2\t"); // a false positive costs two false negatives
        waitForChart("roc-chart", "0.50");
        browser.findElement(By.id("cheapest")).click();
        BinaryCurves cheapest = Performance.of(circle, 0.5, 2).binary();
        String threshold = String.format(Locale.ROOT, "%.2f", cheapest.cheapestThreshold());
        waitForChart("roc-chart", threshold);
        System.out.printf("What-If circle: ROC AUC %.4f, average precision %.4f; cost ratio 2: cost %.0f at 0.5,"
                + " least %.0f at threshold %.4f%n", expected.rocAuc(), expected.averagePrecision(), cheapest.cost(),
                cheapest.cheapestCost(), cheapest.cheapestThreshold());
        assertTrue(text("cost-note").contains("the least, " + (long) cheapest.cheapestCost() + ", at threshold"),
                text("cost-note"));
        assertTrue(cheapest.cheapestCost() <= cheapest.cost());
        screenshot("whatif-binary", 860);
    }

    @Test
    void aRegressionModelShowsErrorsAndAValueCounterfactual() throws Exception {
        open(regression, "#table");
        assertTrue(browser.findElements(By.cssSelector("#rows th")).stream().anyMatch(th -> th.getText().equals("Error")));
        open(regression, "#editor/3");
        double before = Double.parseDouble(text("predicted-class"));
        browser.findElement(By.id("delta")).clear();
        browser.findElement(By.id("delta")).sendKeys("0.3");
        browser.findElement(By.id("find-counterfactual")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("counterfactual")).getAttribute("data-row").isEmpty());
        double after = Double.parseDouble(text("counterfactual-class"));
        assertTrue(Math.abs(after - before) >= 0.3, before + " -> " + after);
        open(regression, "#performance");
        assertTrue(Double.parseDouble(text("r2")) > 0.9, text("r2"));
        screenshot("whatif-regression", 700);
    }

    /** Opens a view ({@code #table}, {@code #editor/12}, ...) and waits until the page has shown it. */
    private static void open(WhatIfServer s, String fragment) {
        String url = s.url("127.0.0.1") + fragment;
        String view = fragment.substring(1).split("/")[0];
        if (browser.getCurrentUrl().startsWith(s.url("127.0.0.1"))) {
            ((JavascriptExecutor) browser).executeScript("location.hash = arguments[0]", fragment);
        } else {
            browser.get(url);
        }
        new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50))
                .withMessage(() -> "the page did not get ready: " + text("error"))
                .until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-status"))
                        && view.equals(d.findElement(By.tagName("body")).getAttribute("data-view")));
    }

    private static void waitForPrediction(String className) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(50))
                .withMessage(() -> "the page predicts " + text("predicted-class") + ", not " + className)
                .until(d -> {
                    WebElement e = d.findElement(By.id("predicted-class"));
                    return "false".equals(e.getAttribute("data-pending")) && className.equals(e.getAttribute("data-class"));
                });
    }

    /** Waits until the chart on {@code canvas} shows {@code what} (its {@code data-shows}). */
    private static void waitForChart(String canvas, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .withMessage(() -> canvas + " shows " + browser.findElement(By.id(canvas)).getAttribute("data-shows"))
                .until(d -> what.equals(d.findElement(By.id(canvas)).getAttribute("data-shows")));
    }

    /** The row whose predicted class the model is least sure of. */
    private static int leastSureRow() {
        int least = 0;
        for (int r = 1; r < probe.rows(); r++) {
            if (top(r) < top(least)) {
                least = r;
            }
        }
        return least;
    }

    private static double top(int row) {
        return java.util.Arrays.stream(probe.prediction(row).probabilities()).max().orElseThrow();
    }

    /** The feature along which the row's predicted class probability moves the most. */
    private static String steepestFeature(int row) {
        int predicted = probe.prediction(row).classIndex();
        String steepest = null;
        double most = -1;
        for (int j = 0; j < probe.model().featureNames().size(); j++) {
            double[][] curve = PartialDependence.of(probe, j, probe.features(row)).point();
            double low = 1;
            double high = 0;
            for (double[] p : curve) {
                low = Math.min(low, p[predicted]);
                high = Math.max(high, p[predicted]);
            }
            if (high - low > most) {
                most = high - low;
                steepest = probe.model().featureNames().get(j);
            }
        }
        return steepest;
    }

    /** Saves the page, {@code height} pixels of it, as target/{@code name}.png. */
    private static void screenshot(String name, int height) throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, height + 143));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 860 + 143));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String base(WhatIfServer s) {
        return "http://127.0.0.1:" + s.port();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private static String post(WhatIfServer s, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base(s) + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}

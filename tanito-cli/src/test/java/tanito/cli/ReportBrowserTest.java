package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tanito.io.Json;
import tanito.web.HeadlessChromium;

/**
 * A train run's report.html opened in real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): every image loads, and the page shows
 * the run's numbers as metrics.json records them.
 */
class ReportBrowserTest {
    @TempDir
    static Path runs;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1280, 1000, "--allow-file-access-from-files");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyImageOfATrainReportLoadsAndTheKeyNumbersAppear() throws Exception {
        Path out = runs.resolve("iris");
        Cli run = Cli.run("train", "--data", "builtin:iris", "--epochs", "60", "--patience", "5", "--quiet", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode metrics = Json.mapper().readTree(out.resolve("metrics.json").toFile());

        browser.get(out.resolve("report.html").toUri().toString());
        assertAllImagesLoaded(2); // learning curves and the confusion matrix
        assertEquals(metrics.get("bestEpoch").asText(), browser.findElement(By.id("best-epoch")).getText());
        String testAccuracy = String.format(Locale.ROOT, "%.4f", metrics.at("/metrics/test/accuracy").asDouble());
        assertTrue(browser.findElement(By.id("metrics")).getText().contains(testAccuracy),
                "the metrics table does not show the test accuracy " + testAccuracy);
        assertTrue(browser.findElement(By.id("verdict")).getText().contains("training error"));
        assertTrue(browser.findElement(By.id("per-class")).getText().contains("setosa"));
    }

    @Test
    void aTwoFeatureRunAlsoShowsItsDecisionBoundary() {
        Path out = runs.resolve("circle");
        Cli run = Cli.run("train", "--data", "synthetic:circle?rows=300&noise=0.1", "--epochs", "20", "--quiet",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        browser.get(out.resolve("report.html").toUri().toString());
        assertAllImagesLoaded(3);
        assertTrue(browser.findElement(By.id("chart-decision-boundary")).isDisplayed());
    }

    private static void assertAllImagesLoaded(int expected) {
        List<WebElement> images = browser.findElements(By.tagName("img"));
        assertEquals(expected, images.size(), "images on the page");
        for (WebElement image : images) {
            Object loaded = ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0", image);
            assertEquals(Boolean.TRUE, loaded, "image " + image.getAttribute("alt") + " did not load");
        }
    }
}

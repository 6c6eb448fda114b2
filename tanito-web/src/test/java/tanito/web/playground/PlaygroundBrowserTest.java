package tanito.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tanito.web.HeadlessChromium;

/**
 * The Playground page in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs), against a server on a free port: the spiral is learnt
 * through the page's own controls, the heat map changes, and the URL brings the configuration back.
 */
class PlaygroundBrowserTest {
    private static final List<String> SPIRAL_FEATURES = List.of("x1", "x2", "sinx1", "sinx2");

    private static PlaygroundServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        server = PlaygroundServer.start("127.0.0.1", 0);
        browser = HeadlessChromium.start(1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSpiralIsLearntThroughThePageAndTheUrlRestoresTheConfiguration() throws Exception {
        browser.get(server.url("127.0.0.1"));
        waitUntilReady();
        new Select(browser.findElement(By.id("dataset"))).selectByValue("spiral");
        new Select(browser.findElement(By.id("activation"))).selectByValue("tanh");
        // TensorFlow Playground's default is two layers of 4 and 2: take the second away, add a layer, widen both to 8
        browser.findElement(By.id("remove-layer")).click();
        browser.findElement(By.id("add-layer")).click();
        assertEquals(List.of("4", "2"), layerWidths());
        for (int layer = 0; layer < 2; layer++) {
            while (!layerWidths().get(layer).equals("8")) {
                String button = "layer-" + layer + "-add";
                new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(d -> {
                            d.findElement(By.id(button)).click();
                            return true;
                        });
            }
        }
        browser.findElement(By.id("feature-sinx1")).click();
        browser.findElement(By.id("feature-sinx2")).click();
        waitUntilReady();
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("dataset=spiral") && url.contains("hiddenLayers=8%2C8")
                && url.contains("features=x1%2Cx2%2Csinx1%2Csinx2") && url.contains("activation=tanh"), url);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "0".equals(d.findElement(By.id("boundary")).getAttribute("data-epoch")));
        String before = boundaryPixels();
        // the network: a map per input (4), hidden neuron (8 + 8) and the output; an edge per weight
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> count("#network-view canvas.neuron-map") == 21);
        assertEquals(4, count("#network-view canvas.neuron-map.input"));
        assertEquals(4 * 8 + 8 * 8 + 8, count("#network-view path.edge"));
        String mapsBefore = mapPixels();

        long started = System.nanoTime();
        browser.findElement(By.id("play")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                .withMessage(() -> "the test loss shown stayed at " + text("test-loss") + " after epoch " + text("epoch"))
                .until(d -> testLoss() < 0.1);
        System.out.printf("test loss %s at epoch %s after %.1f s%n", text("test-loss"), text("epoch"),
                (System.nanoTime() - started) / 1e9);
        browser.findElement(By.id("play")).click(); // pause, so that the weights hold still while the test reads them
        browser.findElement(By.id("show-test")).click(); // the picture shows the test points too
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> text("epoch").equals(
                d.findElement(By.id("network-view")).getAttribute("data-epoch").replaceAll("(\\d)(?=(\\d{3})+$)", "$1,")));
        assertHoveredEdgeShowsItsWeight();
        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(screenshot, Path.of("target", "playground.png"), StandardCopyOption.REPLACE_EXISTING);
        assertNotEquals(before, boundaryPixels(), "the boundary canvas did not change while training");
        assertNotEquals(mapsBefore, mapPixels(), "the neuron maps did not change while training");
        assertTrue(Integer.parseInt(browser.findElement(By.id("network-view")).getAttribute("data-epoch")) > 0);

        browser.get(url);
        waitUntilReady();
        assertEquals("spiral", selected("dataset"));
        assertEquals("tanh", selected("activation"));
        assertEquals(List.of("8", "8"), layerWidths());
        assertEquals(SPIRAL_FEATURES, pressedFeatures());
        assertEquals(url, browser.getCurrentUrl());
        assertEquals("0", text("epoch"), "a reloaded page starts a new run");
    }

    @Test
    void aLinkToARegressionIsShownAsLinkedAndABadLinkSaysWhatIsWrong() throws Exception {
        browser.get(server.url("127.0.0.1") + "?dataset=multi-gaussian&noise=10&regularization=l2&regularizationRate=0.001");
        waitUntilReady();
        assertEquals("multi-gaussian", selected("dataset"));
        assertEquals("regression", selected("problem"), "the problem type follows the data set");
        assertEquals("l2", selected("regularization"));
        assertEquals("0.001", selected("regularization-rate"));
        assertEquals("10", text("noise-value"));
        assertEquals("\u22121", text("scale-low"));
        assertTrue(browser.getCurrentUrl().contains("problem=regression"), browser.getCurrentUrl());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "0".equals(d.findElement(By.id("boundary")).getAttribute("data-epoch")));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "playground-regression.png"),
                StandardCopyOption.REPLACE_EXISTING);

        new Select(browser.findElement(By.id("optimizer"))).selectByValue("adam");
        waitUntilReady();
        assertTrue(browser.getCurrentUrl().contains("optimizer=adam"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("beta1")).isDisplayed());
        assertTrue(!browser.findElement(By.id("momentum")).isDisplayed(), "Adam takes no momentum");
        String seed = text("seed");
        browser.findElement(By.id("regenerate")).click();
        waitUntilReady();
        assertNotEquals(seed, text("seed"), "new data comes with a new seed");
        assertTrue(browser.getCurrentUrl().contains("seed=" + text("seed") + "&"), browser.getCurrentUrl());

        browser.get(server.url("127.0.0.1") + "?dataset=xor&learningRate=1&patience=5&restoreBest=true");
        waitUntilReady();
        assertEquals("5", selected("patience"));
        assertTrue(browser.findElement(By.id("restore-best")).isSelected());
        browser.findElement(By.id("play")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("stopped")).isDisplayed());
        assertTrue(text("stopped").startsWith("early stopping: val_loss did not improve for 5 epochs"), text("stopped"));
        assertTrue(browser.findElement(By.id("validation-row")).isDisplayed(), "the loss early stopping watches is shown");

        browser.get(server.url("127.0.0.1") + "?dataset=moons");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> text("error").contains("was moons"));
        assertEquals("circle", selected("dataset"), "a refused link falls back to the defaults");
        assertTrue(browser.getCurrentUrl().contains("dataset=circle"), browser.getCurrentUrl());
    }

    /** Points at the thickest edge and reads the hover box: the weight of the edge under the pointer. */
    private static void assertHoveredEdgeShowsItsWeight() {
        List<org.openqa.selenium.WebElement> edges = browser.findElements(By.cssSelector("#network-view path.edge"));
        org.openqa.selenium.WebElement thickest = edges.stream().max(java.util.Comparator.comparingDouble(
                e -> Double.parseDouble(e.getAttribute("stroke-width")))).orElseThrow();
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(thickest).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("edge-tip")).isDisplayed());
        String hovered = (String) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "const e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + "return e && e.dataset.weight;", thickest);
        String tip = text("edge-tip");
        assertTrue(hovered != null && tip.startsWith("weight " + hovered + " ("), tip + " for an edge of weight " + hovered);
    }

    private static long count(String selector) {
        return browser.findElements(By.cssSelector(selector)).size();
    }

    private static String mapPixels() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#network-view canvas')].map(c => c.toDataURL()).join()");
    }

    @Test
    void closingThePageStopsItsRunWithinThreeSeconds() throws Exception {
        browser.get(server.url("127.0.0.1") + "?dataset=spiral&hiddenLayers=8%2C8");
        waitUntilReady();
        browser.findElement(By.id("play")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> Integer.parseInt(d.findElement(By.id("epoch")).getText().replace(",", "")) >= 3);
        String href = browser.findElement(By.id("export-model")).getAttribute("href");
        String run = href.substring(0, href.length() - "/model".length());
        assertTrue(runState(run).contains("\"streaming\":true"), runState(run));

        String page = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String other = browser.getWindowHandle();
        browser.switchTo().window(page).close();
        browser.switchTo().window(other);
        long closed = System.nanoTime();
        String state = runState(run);
        while (!stopped(state) && System.nanoTime() - closed < 3_000_000_000L) {
            Thread.sleep(100);
            state = runState(run);
        }
        assertTrue(stopped(state), "3 s after the page closed its run is " + state);
        System.out.printf("a closed page's run stopped after %d ms (%s)%n", (System.nanoTime() - closed) / 1_000_000, state);
    }

    @Test
    void anUploadedCsvShowsItsBoundaryWithTwoFeaturesAndAConfusionMatrixWithThree(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("animals.csv"), UploadTest.threeClasses(300));
        browser.get(server.url("127.0.0.1"));
        waitUntilReady();
        browser.findElement(By.id("upload-file")).sendKeys(csv.toString());
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("upload="));
        waitUntilReady();
        assertEquals("300 rows, 4 columns", text("upload-summary"));
        assertEquals("kind", selected("upload-target"));
        browser.findElement(By.cssSelector("#upload-features [data-column=age]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> text("plane-axes").startsWith("across: height"));
        waitUntilReady();
        assertTrue(browser.getCurrentUrl().contains("columns=height%2Cweight"), browser.getCurrentUrl());
        assertEquals("ant bee cat", text("class-legend").replace("\n", " "));
        assertTrue(browser.findElement(By.id("class-colour-hint")).isDisplayed(), "three classes: the key explains the colours");
        assertTrue(!browser.findElement(By.id("two-colour-hint")).isDisplayed(), "no orange/blue wording for three classes");
        browser.findElement(By.id("show-test")).click();
        for (int i = 0; i < 5; i++) {
            browser.findElement(By.id("step")).click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "5".equals(text("epoch")));
        assertTrue(text("misclassified").matches("\\d+ of 150 test points misclassified \\(red ring\\)"),
                text("misclassified"));
        assertEquals("", text("confusion"), "with a plane, the plane shows the classes");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "playground-upload.png"),
                StandardCopyOption.REPLACE_EXISTING);

        String link = browser.getCurrentUrl();
        browser.get(link);
        waitUntilReady();
        assertTrue(text("plane-axes").startsWith("across: height"), "the link brings the upload back: " + text("plane-axes"));
        assertEquals("300 rows, 4 columns", text("upload-summary"));

        browser.findElement(By.cssSelector("#upload-features [data-column=age]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElement(By.id("plane")).isDisplayed());
        browser.findElement(By.id("step")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> text("confusion").startsWith("Test points"));
        List<String> counts = strings("return [...document.querySelectorAll('#confusion td')].map(e => e.textContent)");
        assertEquals(9, counts.size());
        assertEquals(150, counts.stream().mapToInt(Integer::parseInt).sum(), "every test point is counted once");

        browser.get(server.url("127.0.0.1") + "?upload=00000000000000ff&columns=a%2Cb");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !text("error").isEmpty());
        assertEquals("the uploaded file 00000000000000ff is not on this server (it keeps the last 8 uploads until it "
                + "stops); upload the file again; the link's settings were replaced by the defaults", text("error"));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newOutputStream(big)) {
            byte[] row = "1,2,3\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < 50 * 1024 * 1024 / row.length; i++) {
                out.write(row);
            }
        }
        browser.get(server.url("127.0.0.1"));
        waitUntilReady();
        browser.findElement(By.id("upload-file")).sendKeys(big.toString());
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !text("error").isEmpty());
        assertEquals("the file is too large: 50.0 MB; the Playground takes CSV files of up to 10 MB", text("error"));
    }

    /** The run's state, or "gone" once the server forgot it (the page deletes its run as it closes). */
    private static String runState(String run) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(run)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? "gone" : response.body();
    }

    private static boolean stopped(String state) {
        return state.equals("gone") || state.contains("\"streaming\":false");
    }

    private static String selected(String id) {
        return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    private static void waitUntilReady() {
        new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50))
                .withMessage(() -> "the page did not get ready: " + text("error"))
                .until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-status")));
    }

    /** Read in one script, as the page redraws its layers whenever the server confirms a spec. */
    private static List<String> layerWidths() {
        return strings("return [...document.querySelectorAll('[id^=layer-][id$=-width]')].map(e => e.textContent)");
    }

    private static List<String> pressedFeatures() {
        return strings("return [...document.querySelectorAll('#features button[aria-pressed=true]')]"
                + ".map(e => e.id.substring('feature-'.length))");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(script);
    }

    private static double testLoss() {
        try {
            return Double.parseDouble(text("test-loss"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String boundaryPixels() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('boundary').toDataURL()");
    }
}

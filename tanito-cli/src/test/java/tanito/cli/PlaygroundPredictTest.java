package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tanito.io.Json;
import tanito.web.playground.PlaygroundServer;
import tanito.web.HeadlessChromium;

/**
 * Acceptance 4 of the Playground: a model exported from the Playground predicts, through
 * {@code tanito predict}, the same classes the page showed for the test points. The page draws the
 * classes of each epoch's event ({@code testClasses}: it rings in red the test points they get wrong
 * and keeps them on the plane as {@code data-test-classes}); one test reads the event stream the page
 * reads, the other the page itself in Chromium, and both download what the page's links download.
 */
class PlaygroundPredictTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int EPOCHS = 8;

    @Test
    void anExportedModelPredictsTheClassesOfTheEventsThePageDrawsForEveryTestPoint(@TempDir Path dir) throws Exception {
        try (PlaygroundServer server = PlaygroundServer.start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/runs";
            JsonNode created = Json.mapper().readTree(send(HttpRequest.newBuilder(URI.create(base)).POST(
                    HttpRequest.BodyPublishers.ofString("{\"dataset\":\"spiral\",\"noise\":10,\"features\":"
                            + "[\"x1\",\"x2\",\"x1sq\",\"sinx1\"],\"hiddenLayers\":[8,6],\"learningRate\":0.1}"))
                    .build()).body());
            String run = base + "/" + created.get("id").asText();
            JsonNode shown = trainAndWatch(run);
            assertEquals(EPOCHS, shown.get("epoch").asInt());

            HttpResponse<String> model = send(HttpRequest.newBuilder(URI.create(run + "/model")).build());
            assertEquals("attachment; filename=\"playground-spiral-epoch-" + EPOCHS + ".tanito.json\"",
                    model.headers().firstValue("Content-Disposition").orElseThrow());
            HttpResponse<String> points = send(HttpRequest.newBuilder(URI.create(run + "/points.csv")).build());
            assertEquals("attachment; filename=\"playground-spiral-points.csv\"",
                    points.headers().firstValue("Content-Disposition").orElseThrow());
            assertTrue(points.body().startsWith("x1,x2,x1sq,sinx1,label,split\n"), points.body());

            List<String> page = new ArrayList<>();
            shown.get("testClasses").forEach(c -> page.add(c.asText()));
            assertEquals(250, page.size());
            assertEquals(page, predictedTestClasses(run + "/model", run + "/points.csv", dir));
            long ones = page.stream().filter("1"::equals).count();
            assertTrue(ones > 25 && ones < 225, "the page shows both classes, class 1 for " + ones + " of 250");
        }
    }

    @Test
    void anExportedModelPredictsTheClassesThePageDrawsInChromium(@TempDir Path dir) throws Exception {
        ChromeDriver browser = HeadlessChromium.start(1280, 1000, "--allow-file-access-from-files");
        try (PlaygroundServer server = PlaygroundServer.start("127.0.0.1", 0)) {
            browser.get(server.url("127.0.0.1") + "?dataset=xor&noise=20&features=x1%2Cx2%2Cx1x2&hiddenLayers=5");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-status")));
            browser.findElement(By.id("show-test")).click();
            for (int i = 0; i < EPOCHS; i++) {
                browser.findElement(By.id("step")).click();
            }
            WebElement plane = browser.findElement(By.id("boundary"));
            wait.until(d -> String.valueOf(EPOCHS).equals(plane.getAttribute("data-epoch")));
            List<String> page = List.of(plane.getAttribute("data-test-classes").split(","));
            assertEquals(250, page.size());
            assertTrue(browser.findElement(By.id("misclassified")).getText().endsWith(" of 250 test points misclassified (red ring)"));
            assertEquals(page, predictedTestClasses(browser.findElement(By.id("export-model")).getAttribute("href"),
                    browser.findElement(By.id("export-points")).getAttribute("href"), dir));
        } finally {
            browser.quit();
        }
    }

    /**
     * Downloads a run's model and points as the page's links do, runs {@code tanito predict} on them, and
     * returns the predicted class of each test point, in order.
     */
    private static List<String> predictedTestClasses(String modelUrl, String pointsUrl, Path dir) throws Exception {
        HttpResponse<String> model = send(HttpRequest.newBuilder(URI.create(modelUrl)).build());
        assertEquals(200, model.statusCode(), model.body());
        Path modelFile = Files.writeString(dir.resolve("model.tanito.json"), model.body());
        Path pointsFile = Files.writeString(dir.resolve("points.csv"), send(HttpRequest.newBuilder(URI.create(pointsUrl)).build()).body());
        Path predictions = dir.resolve("predictions.csv");
        Cli predict = Cli.run("predict", "--model", modelFile.toString(), "--data", pointsFile.toString(),
                "--out", predictions.toString());
        assertEquals(0, predict.exitCode(), predict.err());

        List<String> points = Files.readAllLines(pointsFile);
        List<String> predicted = Files.readAllLines(predictions);
        assertEquals("row,predicted_label,p_0,p_1", predicted.get(0));
        assertEquals(points.size(), predicted.size());
        List<String> test = new ArrayList<>();
        for (int r = 1; r < points.size(); r++) {
            String[] line = predicted.get(r).split(",");
            assertEquals(Integer.toString(r), line[0]);
            if (points.get(r).endsWith(",test")) {
                test.add(line[1]);
            }
        }
        return test;
    }

    /** Attaches to the run's events as the page does, steps it EPOCHS times and returns the last epoch's event. */
    private static JsonNode trainAndWatch(String run) throws Exception {
        HttpResponse<Stream<String>> events = HTTP.send(HttpRequest.newBuilder(URI.create(run + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = events.body()) {
            Iterator<String> stream = lines.iterator();
            JsonNode epoch = nextEpoch(stream);
            for (int i = 0; i < EPOCHS; i++) {
                send(HttpRequest.newBuilder(URI.create(run + "/step")).POST(HttpRequest.BodyPublishers.noBody()).build());
                epoch = nextEpoch(stream);
            }
            return epoch;
        }
    }

    private static JsonNode nextEpoch(Iterator<String> lines) throws IOException {
        boolean epochEvent = false;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event:")) {
                epochEvent = line.substring(6).trim().equals("epoch");
            } else if (epochEvent && line.startsWith("data:")) {
                return Json.mapper().readTree(line.substring(5).trim());
            }
        }
        throw new IllegalStateException("the event stream ended");
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

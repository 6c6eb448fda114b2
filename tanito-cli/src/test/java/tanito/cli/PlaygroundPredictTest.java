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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.io.Json;
import tanito.web.playground.PlaygroundServer;

/**
 * Acceptance 4 of the Playground: a model exported from the Playground predicts, through
 * {@code tanito predict}, the same classes the page showed for the test points. The page shows the
 * classes of each epoch's event ({@code testClasses}, which it rings in red where wrong); this test
 * reads the same event stream the page reads.
 */
class PlaygroundPredictTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int EPOCHS = 8;

    @Test
    void anExportedModelPredictsTheClassesThePageShowedForEveryTestPoint(@TempDir Path dir) throws Exception {
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
            assertEquals(200, model.statusCode());
            assertEquals("attachment; filename=\"playground-spiral-epoch-" + EPOCHS + ".tanito.json\"",
                    model.headers().firstValue("Content-Disposition").orElseThrow());
            HttpResponse<String> points = send(HttpRequest.newBuilder(URI.create(run + "/points.csv")).build());
            assertEquals("attachment; filename=\"playground-spiral-points.csv\"",
                    points.headers().firstValue("Content-Disposition").orElseThrow());
            Path modelFile = Files.writeString(dir.resolve("model.tanito.json"), model.body());
            Path pointsFile = Files.writeString(dir.resolve("points.csv"), points.body());
            Path predictions = dir.resolve("predictions.csv");

            Cli predict = Cli.run("predict", "--model", modelFile.toString(), "--data", pointsFile.toString(),
                    "--out", predictions.toString());
            assertEquals(0, predict.exitCode(), predict.err());

            List<String> pointRows = Files.readAllLines(pointsFile);
            assertEquals("x1,x2,x1sq,sinx1,label,split", pointRows.get(0));
            List<String> predicted = Files.readAllLines(predictions);
            assertEquals("row,predicted_label,p_0,p_1", predicted.get(0));
            JsonNode classes = shown.get("testClasses");
            List<Integer> testRows = new ArrayList<>();
            for (int r = 1; r < pointRows.size(); r++) {
                if (pointRows.get(r).endsWith(",test")) {
                    testRows.add(r);
                }
            }
            assertEquals(250, testRows.size());
            assertEquals(testRows.size(), classes.size());
            int ones = 0;
            for (int i = 0; i < testRows.size(); i++) {
                String[] line = predicted.get(testRows.get(i)).split(",");
                assertEquals(Integer.toString(testRows.get(i)), line[0]);
                assertEquals(classes.get(i).asText(), line[1], "test point " + i);
                ones += classes.get(i).asInt();
            }
            assertTrue(ones > 25 && ones < 225, "the page shows both classes, class 1 for " + ones + " of 250");
        }
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

package tanito.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tanito.web.WebServer;

class PlaygroundServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String SPIRAL =
            "{\"dataset\":\"spiral\",\"features\":[\"x1\",\"x2\",\"sinx1\",\"sinx2\"],\"hiddenLayers\":[8,8]}";
    private static PlaygroundServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = PlaygroundServer.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRunStreamsOneEventPerEpochWhilePlayingWithPicturesAtMostFiveTimesASecond() throws Exception {
        String id = create(SPIRAL);
        try (Events events = Events.open(id)) {
            JsonNode initial = events.next();
            assertEquals(0, initial.get("epoch").asInt());
            assertEquals(PlaygroundSession.GRID * PlaygroundSession.GRID, initial.get("boundary").size());
            assertNetworkShapes(initial.get("network"));
            System.out.printf("an event with pictures: %d bytes of JSON (boundary %d, network %d)%n",
                    initial.toString().length(), initial.get("boundary").toString().length(),
                    initial.get("network").toString().length());
            assertEquals(200, post(id, "play", null).statusCode());
            long started = System.nanoTime();
            int pictures = 0;
            int expected = 1;
            JsonNode epoch;
            do {
                epoch = events.next();
                assertEquals(expected++, epoch.get("epoch").asInt());
                assertTrue(Double.isFinite(epoch.get("trainLoss").asDouble()), epoch.toString());
                assertTrue(Double.isFinite(epoch.get("testLoss").asDouble()), epoch.toString());
                if (epoch.get("boundary").isNull()) {
                    assertTrue(epoch.get("network").isNull(), "the pictures come together");
                } else {
                    assertEquals(2500, epoch.get("boundary").size());
                    assertNetworkShapes(epoch.get("network"));
                    pictures++;
                }
            } while (System.nanoTime() - started < 1_500_000_000L);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("playing: %d epochs in %.2f s (%.0f epochs/s), %d with pictures; a light event %d bytes%n",
                    expected - 1, seconds, (expected - 1) / seconds, pictures, epoch.toString().length());
            assertTrue(pictures >= 2 && pictures <= seconds * 5 + 1, pictures + " pictures in " + seconds + " s");
            assertTrue(expected - 1 > pictures * 2, "epochs (" + (expected - 1) + ") go faster than pictures");
            post(id, "pause", null);
            JsonNode last;
            do {
                last = events.next();
            } while (last.get("boundary").isNull());
            assertEquals(state(id).get("epoch").asInt(), last.get("epoch").asInt(),
                    "a paused run shows the pictures of the epoch it stopped at");
        }
    }

    @Test
    void theSpeedLimitsTheEpochsPerSecond() throws Exception {
        String id = create(SPIRAL);
        assertEquals(400, send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/speed?epochsPerSecond=-1"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        HttpResponse<String> set = send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id
                + "/speed?epochsPerSecond=10")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(10, JSON.readTree(set.body()).get("epochsPerSecond").asInt());
        try (Events events = Events.open(id)) {
            events.next();
            post(id, "play", null);
            long started = System.nanoTime();
            events.next();
            for (int i = 0; i < 5; i++) {
                events.next();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(seconds >= 0.45 && seconds < 2, "5 epochs at 10 a second took " + seconds + " s");
        }
    }

    /** The spiral's network: 4 inputs, hidden layers of 8 and 8, one output. */
    private static void assertNetworkShapes(JsonNode network) {
        int[] widths = {4, 8, 8, 1};
        assertEquals(3, network.get("maps").size(), "inputs and two hidden layers");
        for (int layer = 0; layer < 3; layer++) {
            assertEquals(widths[layer], network.get("maps").get(layer).size());
            for (JsonNode map : network.get("maps").get(layer)) {
                assertEquals(PlaygroundNetwork.GRID * PlaygroundNetwork.GRID, map.size());
            }
            assertEquals(widths[layer], network.get("weights").get(layer).size(), "rows: the layer's neurons");
            assertEquals(widths[layer + 1], network.get("weights").get(layer).get(0).size(), "columns: the next's");
            assertEquals(widths[layer + 1], network.get("biases").get(layer).size());
        }
    }

    @Test
    void pauseStepAndResetControlTheRun() throws Exception {
        String id = create(SPIRAL);
        try (Events events = Events.open(id)) {
            assertEquals(0, events.next().get("epoch").asInt());
            post(id, "step", null);
            post(id, "step", null);
            assertEquals(1, events.next().get("epoch").asInt());
            JsonNode second = events.next();
            assertEquals(2, second.get("epoch").asInt());
            post(id, "reset", null);
            JsonNode reset = events.next();
            assertEquals(0, reset.get("epoch").asInt());
            PlaygroundEpoch alone = new PlaygroundSession(PlaygroundSpec.fromQuery(
                    "dataset=spiral&features=x1,x2,sinx1,sinx2&hiddenLayers=8,8")).step();
            post(id, "step", null);
            assertEquals(alone.testLoss(), events.next().get("testLoss").asDouble(), 0.0,
                    "after a reset the run starts again from the same weights");
            assertFalse(state(id).get("playing").asBoolean());
        }
    }

    @Test
    void twoRunsStreamingAtOnceGiveExactlyTheEpochsOfEachSpecTrainedAlone() throws Exception {
        String spiral = SPIRAL;
        String circle = "{\"dataset\":\"circle\",\"noise\":20,\"hiddenLayers\":[5,3],\"batchSize\":4,\"seed\":5}";
        CompletableFuture<List<JsonNode>> a = CompletableFuture.supplyAsync(() -> epochs(spiral, 15));
        CompletableFuture<List<JsonNode>> b = CompletableFuture.supplyAsync(() -> epochs(circle, 15));
        List<JsonNode> spiralEpochs = a.get();
        List<JsonNode> circleEpochs = b.get();
        PlaygroundSession spiralAlone = new PlaygroundSession(PlaygroundSpec.fromJson(spiral));
        PlaygroundSession circleAlone = new PlaygroundSession(PlaygroundSpec.fromJson(circle));
        for (int e = 0; e < 15; e++) {
            assertEquals(asStreamed(spiralAlone.step(), spiralEpochs.get(e)), spiralEpochs.get(e), "spiral epoch " + (e + 1));
            assertEquals(asStreamed(circleAlone.step(), circleEpochs.get(e)), circleEpochs.get(e), "circle epoch " + (e + 1));
        }
        assertNotEquals(spiralEpochs.get(14).get("testLoss"), circleEpochs.get(14).get("testLoss"));
    }

    /** An epoch as JSON, without its pictures when the streamed event left them out (they come at most 5 a second). */
    private static JsonNode asStreamed(PlaygroundEpoch epoch, JsonNode streamed) throws Exception {
        return JSON.readTree(WebServer.toJson(streamed.get("boundary").isNull() ? epoch.withoutPictures() : epoch));
    }

    @Test
    void closingTheEventStreamStopsTheRun() throws Exception {
        String id = create(SPIRAL);
        Events events = Events.open(id);
        events.next();
        post(id, "play", null);
        events.next();
        events.next();
        events.close();
        long closed = System.nanoTime();
        int last = -1;
        while (System.nanoTime() - closed < 3_000_000_000L) {
            Thread.sleep(300);
            JsonNode state = state(id);
            int epoch = state.get("epoch").asInt();
            if (epoch == last && !state.get("streaming").asBoolean()) {
                break;
            }
            last = epoch;
        }
        JsonNode stopped = state(id);
        assertFalse(stopped.get("streaming").asBoolean(), "3 s after the stream closed: " + stopped);
        Thread.sleep(1000);
        assertEquals(stopped.get("epoch").asInt(), state(id).get("epoch").asInt(), "the epoch counter stopped");
    }

    @Test
    void otherSitesCannotChangeState() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(SPIRAL)).build());
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("http://evil.example"), refused.body());
        String id = create(SPIRAL);
        assertEquals(403, post(id, "play", "http://evil.example").statusCode());
        assertEquals(403, post(id, "play", "http://127.0.0.1:1").statusCode(), "another port is another origin");
        assertFalse(state(id).get("playing").asBoolean());
        assertEquals(200, post(id, "play", base).statusCode(), "the server's own page may");
        assertTrue(state(id).get("playing").asBoolean());
    }

    @Test
    void badSpecsUnknownRunsAndDeletion() throws Exception {
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"noise\": 99}")).build());
        assertEquals(400, bad.statusCode());
        assertEquals("noise must be in [0, 50], was 99", JSON.readTree(bad.body()).get("error").asText());
        String id = create("{}");
        assertEquals(PlaygroundSpec.defaults().toQuery(), state(id).get("query").asText());
        assertEquals(204, send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id)).DELETE().build()).statusCode());
        assertEquals(404, get("/api/runs/" + id).statusCode());
        assertEquals(404, post(id, "play", null).statusCode());
    }

    @Test
    void aNewRunBeyondTheLimitReplacesTheOldestIdleOne() throws Exception {
        try (PlaygroundServer own = PlaygroundServer.start("127.0.0.1", 0)) {
            String root = "http://127.0.0.1:" + own.port() + "/api/runs";
            List<String> ids = new ArrayList<>();
            for (int i = 0; i <= PlaygroundServer.MAX_RUNS; i++) {
                HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(root))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"hiddenLayers\": [2]}")).build());
                assertEquals(201, created.statusCode(), created.body());
                ids.add(JSON.readTree(created.body()).get("id").asText());
            }
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(root + "/" + ids.get(0))).build()).statusCode(),
                    "the oldest idle run is gone");
            for (String kept : ids.subList(1, ids.size())) {
                assertEquals(200, send(HttpRequest.newBuilder(URI.create(root + "/" + kept)).build()).statusCode());
            }
        }
    }

    @Test
    void aRunsPointsAreItsTrainingAndTestPointsInThePlaneWhateverTheFeatures() throws Exception {
        String spec = "{\"dataset\":\"spiral\",\"features\":[\"sinx1\",\"x2\"],\"trainPercent\":40}";
        String id = create(spec);
        HttpResponse<String> response = get("/api/runs/" + id + "/points");
        assertEquals(200, response.statusCode());
        JsonNode points = JSON.readTree(response.body());
        PlaygroundSession session = new PlaygroundSession(PlaygroundSpec.fromJson(spec));
        assertEquals(200, points.get("train").size());
        assertEquals(300, points.get("test").size());
        for (String part : List.of("train", "test")) {
            tanito.data.Dataset featured = part.equals("train") ? session.train() : session.test();
            for (int r = 0; r < featured.rows(); r++) {
                JsonNode point = points.get(part).get(r);
                assertEquals(featured.features().get(r, 0), (float) Math.sin(point.get(0).floatValue()), 1e-6,
                        part + " point " + r + ": x1 is the plane's coordinate, not the feature sin x1");
                assertEquals(featured.features().get(r, 1), point.get(1).floatValue(), 0.0f);
                assertEquals(featured.label(r), point.get(2).asInt());
            }
        }
        assertEquals(404, get("/api/runs/nosuchrun/points").statusCode());
    }

    @Test
    void thePageIsServed() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tanito Playground"), page.body());
    }

    /** The first {@code count} epoch events of a new run of {@code spec} played with its stream open. */
    private static List<JsonNode> epochs(String spec, int count) {
        try {
            String id = create(spec);
            try (Events events = Events.open(id)) {
                events.next();
                post(id, "play", null);
                List<JsonNode> epochs = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    epochs.add(events.next());
                }
                return epochs;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String create(String spec) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(spec)).build());
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).get("id").asText();
    }

    private static JsonNode state(String id) throws Exception {
        return JSON.readTree(get("/api/runs/" + id).body());
    }

    private static HttpResponse<String> post(String id, String action, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/" + action))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request.build());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A run's event stream, read one {@code epoch} event at a time. */
    private static final class Events implements AutoCloseable {
        private final InputStream body;
        private final BufferedReader lines;

        private Events(InputStream body) {
            this.body = body;
            this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        static Events open(String id) throws Exception {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/runs/" + id + "/events")).header("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            return new Events(response.body());
        }

        JsonNode next() throws Exception {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && "epoch".equals(event)) {
                    return JSON.readTree(line.substring(5).trim());
                }
            }
            throw new IllegalStateException("the event stream ended");
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}

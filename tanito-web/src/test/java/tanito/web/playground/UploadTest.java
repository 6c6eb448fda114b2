package tanito.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tanito.linalg.Rng;

/** Uploading a CSV to the Playground: size limit, the reader's errors, ids, and runs on the file's own columns. */
class UploadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final PlaygroundServer SERVER = PlaygroundServer.start("127.0.0.1", 0);
    private static final String BASE = SERVER.url("127.0.0.1").replaceAll("/$", "");

    @AfterAll
    static void stopTheServer() {
        SERVER.close();
    }

    /** Three classes in three corners of a plane whose units are far from [-6, 6]. */
    static String threeClasses(int rows) {
        Rng rng = Rng.seeded(3);
        StringBuilder csv = new StringBuilder("height,weight,age,kind\n");
        String[] kinds = {"ant", "bee", "cat"};
        for (int i = 0; i < rows; i++) {
            int k = i % 3;
            csv.append(100 + 50 * k + 10 * rng.nextGaussian()).append(',').append(1000 * (k == 1 ? 1 : 0) + 40 * rng.nextGaussian())
                    .append(',').append(rng.nextDouble()).append(',').append(kinds[k]).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedWithoutBeingRead() throws Exception {
        byte[] fifty = new byte[50 * 1024 * 1024];
        long start = System.nanoTime();
        HttpResponse<String> refused = upload(HttpRequest.BodyPublishers.ofByteArray(fifty), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(413, refused.statusCode());
        assertEquals("the file is too large: 50.0 MB; the Playground takes CSV files of up to 10 MB",
                JSON.readTree(refused.body()).get("error").asText());
        assertTrue(millis < 5000, "refused after " + millis + " ms");
        System.out.printf("a 50 MB upload: %d %s after %d ms%n", refused.statusCode(), refused.body(), millis);

        HttpResponse<String> chunked = upload(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(fifty)), null);
        assertEquals(413, chunked.statusCode(), "without a declared length it stops after 10 MB");
        assertEquals("the file is too large: more than 10 MB; the Playground takes CSV files of up to 10 MB",
                JSON.readTree(chunked.body()).get("error").asText());
    }

    @Test
    void aFileJustUnderTheLimitIsTaken() throws Exception {
        StringBuilder csv = new StringBuilder("a,b,y\n");
        while (csv.length() < Uploads.MAX_BYTES - 100) {
            csv.append("1.25,-3.5,0.125\n");
        }
        HttpResponse<String> taken = upload(text(csv.toString()), null);
        assertEquals(201, taken.statusCode(), taken.body());
        JsonNode about = JSON.readTree(taken.body());
        assertEquals(csv.length() / 16, about.get("rows").asInt());
        assertEquals("regression", about.get("problem").asText());
    }

    @Test
    void aFileTheReaderRefusesGetsItsOneLineMessage() throws Exception {
        HttpResponse<String> bad = upload(text("a,b,label\n1,2,x\n3,oops,y\n"), null);
        assertEquals(400, bad.statusCode());
        assertEquals("the uploaded file line 3, column 'b': 'oops' is not a number", JSON.readTree(bad.body()).get("error").asText());
    }

    @Test
    void otherSitesCannotUpload() throws Exception {
        HttpResponse<String> refused = upload(text(threeClasses(30)), "http://evil.example");
        assertEquals(403, refused.statusCode());
        assertEquals("requests from http://evil.example may not change this server's state",
                JSON.readTree(refused.body()).get("error").asText());
    }

    @Test
    void theSameFileHasTheSameIdAndALinkToAFileTheServerForgotSaysSo() throws Exception {
        JsonNode first = JSON.readTree(upload(text(threeClasses(30)), null).body());
        JsonNode again = JSON.readTree(upload(text(threeClasses(30)), null).body());
        assertEquals(first.get("id").asText(), again.get("id").asText());
        assertEquals("[\"height\",\"weight\",\"age\",\"kind\"]", first.get("columns").toString());
        assertEquals("kind", first.get("target").asText());
        assertEquals("classification", first.get("problem").asText());
        assertEquals("[\"ant\",\"bee\",\"cat\"]", first.get("classes").toString());
        assertNull(first.get("text"), "the file's text stays on the server");

        HttpResponse<String> gone = post("/api/runs", "{\"upload\": {\"id\": \"00000000000000ff\"}}");
        assertEquals(404, gone.statusCode());
        assertEquals("the uploaded file 00000000000000ff is not on this server (it keeps the last 8 uploads until it "
                + "stops); upload the file again", JSON.readTree(gone.body()).get("error").asText());
    }

    @Test
    void twoChosenFeaturesShowTheBoundaryOverTheFilesOwnRangesWithAClassPerCell() throws Exception {
        String id = JSON.readTree(upload(text(threeClasses(300)), null).body()).get("id").asText();
        HttpResponse<String> created = post("/api/runs", "{\"upload\": {\"id\": \"" + id + "\", \"target\": \"kind\", "
                + "\"columns\": [\"height\", \"weight\"]}, \"hiddenLayers\": [6], \"learningRate\": 0.1}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode run = JSON.readTree(created.body());
        JsonNode view = run.get("view");
        assertEquals("height", view.get("x").asText());
        assertEquals("weight", view.get("y").asText());
        assertTrue(view.get("xMin").asDouble() < 80 && view.get("xMax").asDouble() > 200, view.toString());
        assertTrue(run.get("query").asText().contains("upload=" + id + "&target=kind&columns=height%2Cweight"),
                run.get("query").asText());

        PlaygroundSession alone = new PlaygroundSession(PlaygroundSpec.fromJson(run.get("spec").toString()),
                new Uploads().add(-1, new ByteArrayInputStream(threeClasses(300).getBytes(StandardCharsets.UTF_8)))
                        .read(new UploadChoice(id, "kind", List.of("height", "weight")), Problem.CLASSIFICATION));
        PlaygroundEpoch trained = alone.step();
        Set<Float> cells = new HashSet<>();
        for (float cell : trained.boundary()) {
            cells.add(cell);
        }
        assertEquals(Set.of(0f, 1f, 2f), cells, "each cell holds the index of its predicted class");
        assertEquals(150, trained.testClasses().length);
    }

    @Test
    void aRegressionFileTrainsOnItsValuesAndShadesTheirRange() throws Exception {
        StringBuilder csv = new StringBuilder("x,z,price\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i % 20).append(',').append(i / 20).append(',').append(1000 + 50 * (i % 20) - 30 * (i / 20)).append('\n');
        }
        String id = JSON.readTree(upload(text(csv.toString()), null).body()).get("id").asText();
        HttpResponse<String> created = post("/api/runs", "{\"upload\": {\"id\": \"" + id + "\"}, \"problem\": "
                + "\"regression\", \"learningRate\": 0.01}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode run = JSON.readTree(created.body());
        assertEquals("[]", run.get("classes").toString());
        PlaygroundSession alone = new PlaygroundSession(PlaygroundSpec.fromJson(run.get("spec").toString()),
                new Uploads().add(-1, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .read(new UploadChoice(id, null, List.of()), Problem.REGRESSION));
        double first = alone.step().testLoss();
        for (int e = 0; e < 30; e++) {
            alone.step();
        }
        assertTrue(alone.current().testLoss() < first / 2, "the loss falls: " + first + " -> " + alone.current().testLoss());
        assertNull(alone.current().testClasses());
        assertEquals(PlaygroundSession.GRID * PlaygroundSession.GRID, alone.boundary().length);
    }

    @Test
    void moreFeaturesHaveNoPlaneButClassesForTheConfusionMatrix() throws Exception {
        String id = JSON.readTree(upload(text(threeClasses(60)), null).body()).get("id").asText();
        HttpResponse<String> created = post("/api/runs", "{\"upload\": {\"id\": \"" + id + "\"}}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode run = JSON.readTree(created.body());
        assertTrue(run.get("view").isNull(), run.toString());
        assertEquals("[\"ant\",\"bee\",\"cat\"]", run.get("classes").toString());
        HttpResponse<String> points = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/runs/"
                + run.get("id").asText() + "/points.csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(points.body().startsWith("height,weight,age,kind,split\n"), points.body());
    }

    private static HttpRequest.BodyPublisher text(String csv) {
        return HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> upload(HttpRequest.BodyPublisher body, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/api/datasets"))
                .header("Content-Type", "text/csv").POST(body);
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package tanito.web.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.metrics.ThresholdCurve;
import tanito.train.Model;

/** The JSON API on three models: wine (three classes), the circle (binary) and the plane (regression). */
class WhatIfServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    @TempDir
    static Path dir;
    private static WhatIfServer wine;
    private static WhatIfServer circle;
    private static WhatIfServer plane;

    @BeforeAll
    static void start() throws Exception {
        Model wineModel = Models.wine(dir);
        wine = WhatIfServer.start("127.0.0.1", 0, Probe.of(wineModel, wineModel.schema().read(Models.WINE_CSV, ',')),
                "wine.tanito.json", "wine.csv");
        circle = WhatIfServer.start("127.0.0.1", 0, Probe.of(Models.circle(dir), Models.circleData()), "c", "c.csv");
        plane = WhatIfServer.start("127.0.0.1", 0, Probe.of(Models.plane(dir), Models.planeData()), "p", "p.csv");
    }

    @AfterAll
    static void stop() {
        for (WhatIfServer server : new WhatIfServer[] {wine, circle, plane}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void theModelAndRowsDescribeWine() throws Exception {
        JsonNode model = get(wine, "/api/model");
        assertEquals("multiclass", model.get("task").asText());
        assertEquals(13, model.get("features").size());
        assertEquals("alcohol", model.get("features").get(0).get("name").asText());
        assertEquals(11.03, model.get("features").get(0).get("min").asDouble(), 1e-4);
        assertEquals("[\"class_0\",\"class_1\",\"class_2\"]", model.get("classes").toString());
        JsonNode rows = get(wine, "/api/rows");
        assertEquals(178, rows.size());
        assertEquals("class_0", rows.get(0).get("truth").asText());
        assertEquals(14.23, rows.get(0).get("features").get(0).asDouble(), 1e-5);
        assertEquals(3, rows.get(0).get("prediction").get("probabilities").size());
    }

    @Test
    void theCounterfactualIsARowOfAnotherClassThatPredictConfirms() throws Exception {
        JsonNode row = get(wine, "/api/rows").get(0);
        JsonNode found = post(wine, "/api/counterfactual",
                "{\"features\":" + row.get("features") + ",\"distance\":\"l1\"}").body();
        assertTrue(found.get("found").asBoolean(), found.toString());
        JsonNode confirmed = post(wine, "/api/predict", "{\"features\":" + found.get("features") + "}").body();
        assertEquals(found.get("prediction").get("className"), confirmed.get("className"));
        assertNotEquals(row.get("prediction").get("className"), confirmed.get("className"));
        assertTrue(found.get("distance").asDouble() > 0);
    }

    @Test
    void multiclassPerformanceHasNoThresholdCurves() throws Exception {
        JsonNode performance = get(wine, "/api/performance");
        JsonNode confusion = performance.get("classes").get("confusion");
        long total = 0;
        long right = 0;
        for (int t = 0; t < 3; t++) {
            for (int p = 0; p < 3; p++) {
                total += confusion.get(t).get(p).asLong();
                right += t == p ? confusion.get(t).get(p).asLong() : 0;
            }
        }
        assertEquals(178, total);
        assertEquals((double) right / total, performance.get("classes").get("accuracy").asDouble(), 1e-12);
        assertEquals(59, performance.get("classes").get("perClass").get(0).get("support").asLong());
        assertTrue(performance.get("binary").isNull());
    }

    @Test
    void aBinaryModelHasRocPrAndACostedThreshold() throws Exception {
        JsonNode rows = get(circle, "/api/rows");
        double[] scores = new double[rows.size()];
        boolean[] positive = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            scores[r] = rows.get(r).get("prediction").get("probabilities").get(1).asDouble();
            positive[r] = rows.get(r).get("truth").asText().equals(get(circle, "/api/model").get("classes").get(1).asText());
        }
        ThresholdCurve expected = ThresholdCurve.of(scores, positive);
        JsonNode performance = get(circle, "/api/performance?threshold=0.8&costRatio=3");
        JsonNode binary = performance.get("binary");
        assertEquals(expected.rocAuc(), binary.get("rocAuc").asDouble(), 1e-12);
        assertTrue(binary.get("rocAuc").asDouble() > 0.75, "the noisy circle is learnt: AUC " + binary.get("rocAuc"));
        assertEquals(expected.averagePrecision(), binary.get("averagePrecision").asDouble(), 1e-12);
        assertEquals(expected.points().size(), binary.get("points").size());
        assertTrue(binary.get("points").get(0).get("threshold").isNull(), "the first point is +inf");
        assertEquals(expected.at(0.8).cost(3), binary.get("cost").asDouble(), 1e-12);
        assertEquals(expected.cheapest(3).threshold(), binary.get("cheapestThreshold").asDouble(), 1e-12);
        JsonNode confusion = performance.get("classes").get("confusion");
        assertEquals(expected.at(0.8).falsePositives(), confusion.get(0).get(1).asLong(), "predicted positive at >= 0.8");
        assertEquals(expected.at(0.8).truePositives(), confusion.get(1).get(1).asLong());
    }

    @Test
    void aRegressionModelHasScoresAndAValueCounterfactual() throws Exception {
        JsonNode model = get(plane, "/api/model");
        assertEquals("regression", model.get("task").asText());
        JsonNode scores = get(plane, "/api/performance").get("regression");
        assertTrue(scores.get("rSquared").asDouble() > 0.9, scores.toString());
        assertTrue(scores.get("meanAbsoluteError").asDouble() < scores.get("meanSquaredError").asDouble() * 100);
        JsonNode row = get(plane, "/api/rows").get(0);
        JsonNode found = post(plane, "/api/counterfactual",
                "{\"features\":" + row.get("features") + ",\"distance\":\"l2\",\"delta\":0.5}").body();
        double difference = found.get("prediction").get("value").asDouble() - row.get("prediction").get("value").asDouble();
        assertTrue(Math.abs(difference) >= 0.5, found.toString());
        assertEquals(400, post(plane, "/api/counterfactual", "{\"features\":" + row.get("features") + "}").status());
        JsonNode slices = get(plane, "/api/slices?feature=x1&bins=3").get("slices");
        assertEquals(300, slices.get(0).get("count").asInt() + slices.get(1).get("count").asInt()
                + slices.get(2).get("count").asInt());
    }

    @Test
    void pdpAroundAPoint() throws Exception {
        JsonNode row = get(wine, "/api/rows").get(3);
        JsonNode pdp = post(wine, "/api/pdp", "{\"feature\":\"flavanoids\",\"features\":" + row.get("features") + "}").body();
        assertEquals(PartialDependence.GRID, pdp.get("grid").size());
        assertEquals(3, pdp.get("point").get(0).size());
        assertEquals(3, pdp.get("average").get(0).size());
    }

    @Test
    void badRequestsAreNamedAndForeignOriginsRefused() throws Exception {
        assertEquals("{\"error\":\"no feature 'colour'; features are [x1, x2]\"}",
                text(circle, "/api/slices?feature=colour"));
        assertEquals("{\"error\":\"threshold must be a number, was high\"}",
                text(circle, "/api/performance?threshold=high"));
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(base(wine) + "/api/predict"))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode());
        Response bad = post(wine, "/api/predict", "{\"features\":[1,2]}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().get("error").asText().startsWith("a point has 13 features"), bad.body().toString());
        assertFalse(text(wine, "/").isEmpty());
    }

    record Response(int status, JsonNode body) {}

    private static String base(WhatIfServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    private static String text(WhatIfServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base(server) + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static JsonNode get(WhatIfServer server, String path) throws Exception {
        return JSON.readTree(text(server, path));
    }

    private static Response post(WhatIfServer server, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base(server) + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), JSON.readTree(response.body()));
    }
}

package tanito.web.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.metrics.ThresholdCurve;

/** The JSON API on three models: wine (three classes), the circle (binary) and the plane (regression). */
class WhatIfServerTest {
    @TempDir
    static Path dir;
    private static Api wine;
    private static Api circle;
    private static Api plane;

    @BeforeAll
    static void start() {
        wine = new Api(Models.serve(Models.wine(dir), "wine"));
        circle = new Api(Models.serve(Models.circle(dir), "circle"));
        plane = new Api(Models.serve(Models.plane(dir), "plane"));
    }

    @AfterAll
    static void stop() {
        for (Api api : new Api[] {wine, circle, plane}) {
            if (api != null) {
                api.server().close();
            }
        }
    }

    @Test
    void theModelAndRowsDescribeWine() throws Exception {
        JsonNode model = wine.get("/api/model");
        assertEquals("multiclass", model.get("task").asText());
        assertEquals(13, model.get("features").size());
        assertEquals("alcohol", model.get("features").get(0).get("name").asText());
        assertEquals(11.03, model.get("features").get(0).get("min").asDouble(), 1e-4);
        assertEquals("[\"class_0\",\"class_1\",\"class_2\"]", model.get("classes").toString());
        JsonNode rows = wine.get("/api/rows");
        assertEquals(178, rows.size());
        assertEquals("class_0", rows.get(0).get("truth").asText());
        assertEquals(14.23, rows.get(0).get("features").get(0).asDouble(), 1e-5);
        assertEquals(3, rows.get(0).get("prediction").get("probabilities").size());
    }

    @Test
    void theCounterfactualIsARowOfAnotherClassThatPredictConfirms() throws Exception {
        JsonNode row = wine.get("/api/rows").get(0);
        JsonNode found = wine.post("/api/counterfactual",
                "{\"features\":" + row.get("features") + ",\"distance\":\"l1\"}").body();
        assertTrue(found.get("found").asBoolean(), found.toString());
        JsonNode confirmed = wine.post("/api/predict", "{\"features\":" + found.get("features") + "}").body();
        assertEquals(found.get("prediction").get("className"), confirmed.get("className"));
        assertNotEquals(row.get("prediction").get("className"), confirmed.get("className"));
        assertTrue(found.get("distance").asDouble() > 0);
    }

    @Test
    void multiclassPerformanceHasNoThresholdCurves() throws Exception {
        JsonNode performance = wine.get("/api/performance");
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
        JsonNode rows = circle.get("/api/rows");
        double[] scores = new double[rows.size()];
        boolean[] positive = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            scores[r] = rows.get(r).get("prediction").get("probabilities").get(1).asDouble();
            positive[r] = rows.get(r).get("truth").asText().equals(circle.get("/api/model").get("classes").get(1).asText());
        }
        ThresholdCurve expected = ThresholdCurve.of(scores, positive);
        JsonNode performance = circle.get("/api/performance?threshold=0.8&costRatio=3");
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
        JsonNode model = plane.get("/api/model");
        assertEquals("regression", model.get("task").asText());
        JsonNode scores = plane.get("/api/performance").get("regression");
        assertTrue(scores.get("rSquared").asDouble() > 0.9, scores.toString());
        assertTrue(scores.get("meanAbsoluteError").asDouble() < scores.get("meanSquaredError").asDouble() * 100);
        JsonNode row = plane.get("/api/rows").get(0);
        JsonNode found = plane.post("/api/counterfactual",
                "{\"features\":" + row.get("features") + ",\"distance\":\"l2\",\"delta\":0.5}").body();
        double difference = found.get("prediction").get("value").asDouble() - row.get("prediction").get("value").asDouble();
        assertTrue(Math.abs(difference) >= 0.5, found.toString());
        assertEquals(400, plane.post("/api/counterfactual", "{\"features\":" + row.get("features") + "}").status());
        JsonNode slices = plane.get("/api/slices?feature=x1&bins=3").get("slices");
        assertEquals(300, slices.get(0).get("count").asInt() + slices.get(1).get("count").asInt()
                + slices.get(2).get("count").asInt());
    }

    @Test
    void pdpAroundAPoint() throws Exception {
        JsonNode row = wine.get("/api/rows").get(3);
        JsonNode pdp = wine.post("/api/pdp", "{\"feature\":\"flavanoids\",\"features\":" + row.get("features") + "}").body();
        assertEquals(PartialDependence.GRID, pdp.get("grid").size());
        assertEquals(3, pdp.get("point").get(0).size());
        assertEquals(3, pdp.get("average").get(0).size());
    }

    @Test
    void badRequestsAreNamedAndForeignOriginsRefused() throws Exception {
        assertEquals("{\"error\":\"no feature 'colour'; features are [x1, x2]\"}",
                circle.text("/api/slices?feature=colour"));
        assertEquals("{\"error\":\"threshold must be a number, was high\"}",
                circle.text("/api/performance?threshold=high"));
        Api.Response refused = wine.post("/api/predict", "{}", "http://evil.example");
        assertEquals(403, refused.status());
        assertEquals("requests from http://evil.example may not change this server's state",
                refused.body().get("error").asText());
        Api.Response bad = wine.post("/api/predict", "{\"features\":[1,2]}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().get("error").asText().startsWith("a point has 13 features"), bad.body().toString());
        assertTrue(wine.text("/").contains("<title>Tanito What-If probe</title>"));
        assertTrue(wine.text("/webjars/chart.js/4.4.1/dist/chart.umd.js").contains("Chart"), "Chart.js from its WebJar");
        for (String path : new String[] {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/webjars/..%2f..%2f..%2fetc/passwd"}) {
            assertFalse(wine.text(path).contains("root:"), "no file outside the jar's pages: " + path);
        }
    }
}

package tanito.web.whatif;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tanito.web.WebServer;

/**
 * The What-If probe's HTTP server: the static page, the charting library from its WebJar
 * ({@code /webjars/chart.js/...}), and a JSON API over one {@link Probe} on a {@link WebServer}
 * (loopback by default; other sites' POSTs refused). No request names a file: the server holds only
 * the model and data it was started with.
 *
 * <ul>
 *   <li>{@code GET /api/model}: {@link ModelInfo}.
 *   <li>{@code GET /api/rows}: every data row with its true and predicted class or value.
 *   <li>{@code POST /api/predict {"features": [...]}}: the {@link Prediction} for a raw point.
 *   <li>{@code POST /api/counterfactual {"features": [...], "distance": "l1"|"l2", "delta": d}}: the
 *   nearest data row with another prediction ({@code delta}: the least difference for regression),
 *   {@code {"found": false}} when none.
 *   <li>{@code POST /api/pdp {"feature": name, "features": [...]}}: {@link PartialDependence}.
 *   <li>{@code GET /api/performance?threshold=0.5&costRatio=1}: {@link Performance}.
 *   <li>{@code GET /api/slices?feature=name&bins=4}: {@link Slices}.
 * </ul>
 */
public final class WhatIfServer implements AutoCloseable {
    private final Probe probe;
    private final ModelInfo info;
    private final WebServer server;

    private WhatIfServer(String host, int port, Probe probe, ModelInfo info) {
        this.probe = probe;
        this.info = info;
        this.server = WebServer.start(host, port, config -> {
            config.staticFiles.add("/tanito/web/whatif/static", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
        }, this::routes);
    }

    /**
     * Serves {@code probe} on {@code host} and {@code port} (0: any free port); {@code modelName}
     * and {@code dataName} are shown on the page.
     *
     * @throws IllegalArgumentException for an unknown host or a port that is taken
     */
    public static WhatIfServer start(String host, int port, Probe probe, String modelName, String dataName) {
        return new WhatIfServer(host, port, probe, ModelInfo.of(probe, modelName, dataName));
    }

    public int port() {
        return server.port();
    }

    /** The address of the page, e.g. {@code http://127.0.0.1:7071/}. */
    public String url(String host) {
        return server.url(host);
    }

    @Override
    public void close() {
        server.close();
    }

    /** A request's body: the fields a call uses, the rest left out. */
    record Request(float[] features, String feature, String distance, Double delta) {}

    /** A data row with its true and predicted class or value. */
    record Row(int row, float[] features, Object truth, Prediction prediction) {}

    /** The nearest counterfactual: a data row, its distance from the point, its features and prediction. */
    record Found(boolean found, Integer row, Double distance, float[] features, Object truth, Prediction prediction) {}

    private void routes(Javalin app) {
        app.get("/api/model", ctx -> ctx.json(info));
        app.get("/api/rows", ctx -> ctx.json(rows()));
        app.post("/api/predict", ctx -> ctx.json(probe.predict(request(ctx).features())));
        app.post("/api/counterfactual", this::counterfactual);
        app.post("/api/pdp", ctx -> {
            Request request = request(ctx);
            ctx.json(PartialDependence.of(probe, probe.feature(request.feature()), request.features()));
        });
        app.get("/api/performance", ctx -> ctx.json(Performance.of(probe,
                number(ctx, "threshold", 0.5), number(ctx, "costRatio", 1))));
        app.get("/api/slices", ctx -> {
            int feature = probe.feature(ctx.queryParam("feature"));
            ctx.json(Map.of("feature", probe.model().featureNames().get(feature),
                    "slices", Slices.of(probe, feature, (int) number(ctx, "bins", 4))));
        });
    }

    private void counterfactual(Context ctx) {
        Request request = request(ctx);
        Distance distance = Distance.parse(request.distance() == null ? "l2" : request.distance());
        double delta = request.delta() == null ? 0 : request.delta();
        ctx.json(probe.counterfactual(request.features(), distance, delta)
                .map(n -> new Found(true, n.row(), n.distance(), probe.features(n.row()), probe.truth(n.row()),
                        probe.prediction(n.row())))
                .orElse(new Found(false, null, null, null, null, null)));
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < probe.rows(); r++) {
            rows.add(new Row(r, probe.features(r), probe.truth(r), probe.prediction(r)));
        }
        return rows;
    }

    private static Request request(Context ctx) {
        return ctx.bodyAsClass(Request.class);
    }

    private static double number(Context ctx, String name, double defaultValue) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was " + text, e);
        }
    }
}

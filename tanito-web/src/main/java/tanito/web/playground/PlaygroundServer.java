package tanito.web.playground;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tanito.data.Dataset;
import tanito.web.WebServer;
import tanito.web.WebServer.NotFound;

/**
 * The Playground's HTTP server: the static page and a JSON API whose runs train on the real engine
 * and stream their epochs as server-sent events, on a {@link WebServer} (which refuses other sites'
 * state-changing calls and, on loopback, requests addressed to other names).
 *
 * <ul>
 *   <li>{@code POST /api/datasets} with a CSV file as the body (at most {@link Uploads#MAX_BYTES}; more is
 *   refused with 413 before it is read) keeps it and answers {@code 201} with its {@link Upload}
 *   description (id, columns, rows, target, problem, classes); {@code GET /api/datasets/{id}} the same,
 *   or 404 once the server no longer holds it. A spec names an upload by its id ({@link UploadChoice}).
 *   <li>{@code POST /api/runs} with a {@link PlaygroundSpec} as JSON (fields left out keep their
 *   defaults) creates a paused run: {@code 201 {"id": ..., "spec": ...}}.
 *   <li>{@code GET /api/runs/{id}}: its spec, epoch, whether it plays and streams, its plane
 *   ({@link PlaneView}, null when the features are not two) and class names.
 *   <li>{@code GET /api/runs/{id}/points}: its training and test points as {@link PlaygroundPoints}.
 *   <li>{@code GET /api/runs/{id}/model}: its current model as a Tanito model file, and
 *   {@code GET /api/runs/{id}/points.csv} its points as CSV, both as downloads ({@link PlaygroundExport}).
 *   <li>{@code GET /api/runs/{id}/events} with {@code Accept: text/event-stream} (as a browser's
 *   {@code EventSource} sends it): event {@code epoch} with {@link PlaygroundEpoch} as JSON,
 *   once for the current state and then once per trained epoch; while playing, the boundary and the
 *   network's pictures come at most five times a second ({@link Pace}), and always with a stepped epoch
 *   and when the run pauses; training happens only while this stream is open.
 *   <li>{@code POST /api/runs/{id}/play|pause|step|reset}, {@code DELETE /api/runs/{id}}.
 *   <li>{@code POST /api/runs/{id}/speed?epochsPerSecond=N}: train at most N epochs a second while playing
 *   (0: as fast as the engine goes). The speed is not part of the spec: it changes how fast the run is
 *   watched, not what it learns (the epochs are the same at any speed).
 * </ul>
 * At most {@link #MAX_RUNS} runs exist at once: a new one replaces the oldest run without an event
 * stream (pages that closed without deleting theirs), and is refused (429) when all stream.
 */
public final class PlaygroundServer implements AutoCloseable {
    public static final int MAX_RUNS = 32;

    private final Map<String, PlaygroundRun> runs = new ConcurrentHashMap<>();
    private final SecureRandom ids = new SecureRandom();
    private final Uploads uploads = new Uploads();
    private long created;
    private final WebServer server;

    private PlaygroundServer(String host, int port) {
        this.server = WebServer.start(host, port, "/tanito/web/playground/static", this::routes);
    }

    /**
     * Starts a server on {@code host} (e.g. 127.0.0.1) and {@code port} (0: any free port).
     *
     * @throws IllegalArgumentException for an unknown host or a port that is taken
     */
    public static PlaygroundServer start(String host, int port) {
        return new PlaygroundServer(host, port);
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The address of the page, e.g. {@code http://127.0.0.1:7070/}. */
    public String url(String host) {
        return server.url(host);
    }

    /** Stops every run and the server. */
    @Override
    public void close() {
        runs.values().forEach(PlaygroundRun::stop);
        runs.clear();
        server.close();
    }

    private void routes(Javalin app) {
        app.post("/api/datasets", ctx -> ctx.status(HttpStatus.CREATED)
                .json(uploads.add(ctx.req().getContentLengthLong(), ctx.req().getInputStream())));
        app.get("/api/datasets/{id}", ctx -> ctx.json(uploads.get(ctx.pathParam("id"))));
        app.exception(Uploads.TooLarge.class, (e, ctx) -> WebServer.error(ctx, HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
        app.post("/api/runs", this::create);
        app.get("/api/runs/{id}", ctx -> ctx.json(describe(run(ctx))));
        app.get("/api/runs/{id}/points", ctx -> ctx.json(run(ctx).points()));
        app.get("/api/runs/{id}/model", ctx -> {
            PlaygroundExport.Download model = run(ctx).export().model();
            download(ctx, "application/json", model.fileName(), model.bytes());
        });
        app.get("/api/runs/{id}/points.csv", ctx -> download(ctx, "text/csv; charset=utf-8",
                run(ctx).export().pointsFileName(), run(ctx).export().pointsCsv()));
        app.sse("/api/runs/{id}/events", client -> run(client.ctx()).attach(client));
        control(app, "play", PlaygroundRun::play);
        control(app, "pause", PlaygroundRun::pause);
        control(app, "step", PlaygroundRun::step);
        control(app, "reset", PlaygroundRun::reset);
        app.post("/api/runs/{id}/speed", ctx -> {
            PlaygroundRun run = run(ctx);
            run.speed(epochsPerSecond(ctx.queryParam("epochsPerSecond")));
            ctx.json(describe(run));
        });
        app.delete("/api/runs/{id}", ctx -> {
            PlaygroundRun run = runs.remove(ctx.pathParam("id"));
            if (run == null) {
                throw new NotFound("no run " + ctx.pathParam("id"));
            }
            run.stop();
            ctx.status(HttpStatus.NO_CONTENT);
        });
    }

    private void control(Javalin app, String action, Consumer<PlaygroundRun> command) {
        app.post("/api/runs/{id}/" + action, ctx -> {
            PlaygroundRun run = run(ctx);
            command.accept(run);
            ctx.json(describe(run));
        });
    }

    private void create(Context ctx) throws com.fasterxml.jackson.core.JsonProcessingException {
        PlaygroundSpec spec = PlaygroundSpec.fromJson(ctx.body());
        UploadChoice upload = spec.data().upload();
        Dataset uploaded = upload == null ? null : uploads.get(upload.id()).read(upload, spec.data().problem());
        PlaygroundRun run;
        synchronized (runs) {
            if (runs.size() >= MAX_RUNS && !evictOldestIdleRun()) {
                WebServer.error(ctx, HttpStatus.TOO_MANY_REQUESTS,
                        "all " + MAX_RUNS + " runs are streaming; close a page first");
                return;
            }
            String id = HexFormat.of().formatHex(randomBytes());
            run = new PlaygroundRun(id, spec, uploaded, ++created);
            runs.put(id, run);
        }
        ctx.status(HttpStatus.CREATED).json(describe(run));
    }

    /** Forgets the run created first among those without an event stream (a page closed without deleting its run). */
    private boolean evictOldestIdleRun() {
        return runs.values().stream().filter(run -> !run.streaming())
                .min(Comparator.comparingLong(PlaygroundRun::sequence))
                .map(run -> runs.remove(run.id()) != null)
                .orElse(false);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[12];
        ids.nextBytes(bytes);
        return bytes;
    }

    private Map<String, Object> describe(PlaygroundRun run) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", run.id());
        described.put("spec", run.spec());
        described.put("query", run.spec().toQuery());
        described.put("epoch", run.epoch());
        described.put("playing", run.playing());
        described.put("streaming", run.streaming());
        described.put("epochsPerSecond", run.epochsPerSecond());
        described.put("view", run.view());
        described.put("classes", run.export().classes());
        return described;
    }

    private static int epochsPerSecond(String text) {
        try {
            return Integer.parseInt(String.valueOf(text).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("epochsPerSecond must be a whole number, was " + text, e);
        }
    }

    /** Answers {@code bytes} as a file the browser saves under {@code fileName}. */
    private static void download(Context ctx, String contentType, String fileName, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.contentType(contentType).result(bytes);
    }

    private PlaygroundRun run(Context ctx) {
        PlaygroundRun run = runs.get(ctx.pathParam("id"));
        if (run == null) {
            throw new NotFound("no run " + ctx.pathParam("id"));
        }
        return run;
    }
}

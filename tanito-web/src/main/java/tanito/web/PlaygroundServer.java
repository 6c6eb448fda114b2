package tanito.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tanito.io.Json;

/**
 * The Playground's HTTP server (Javalin on Jetty): the static page and a JSON API whose runs train
 * on the real engine and stream their epochs as server-sent events.
 *
 * <ul>
 *   <li>{@code POST /api/runs} with a {@link PlaygroundSpec} as JSON (fields left out keep their
 *   defaults) creates a paused run: {@code 201 {"id": ..., "spec": ...}}.
 *   <li>{@code GET /api/runs/{id}}: its spec, epoch, and whether it plays and streams.
 *   <li>{@code GET /api/runs/{id}/points}: its training and test points as {@link PlaygroundPoints}.
 *   <li>{@code GET /api/runs/{id}/events} with {@code Accept: text/event-stream} (as a browser's
 *   {@code EventSource} sends it): event {@code epoch} with {@link PlaygroundEpoch} as JSON,
 *   once for the current state and then once per trained epoch; training happens only while this
 *   stream is open.
 *   <li>{@code POST /api/runs/{id}/play|pause|step|reset}, {@code DELETE /api/runs/{id}}.
 * </ul>
 * Safe by default: a request whose {@code Origin} is not this server's own is refused (403) for
 * every call that changes state, and a server bound to a loopback address answers only requests
 * addressed to a loopback name ({@code Host} localhost, 127.0.0.1 or [::1]), which stops DNS
 * rebinding. At most {@link #MAX_RUNS} runs exist at once: a new one replaces the oldest run without an
 * event stream (pages that closed without deleting theirs), and is refused (429) when all stream.
 */
public final class PlaygroundServer implements AutoCloseable {
    public static final int MAX_RUNS = 32;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Tanito's JSON settings, one line per value (an event's data is one line). */
    private final ObjectMapper json = Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, PlaygroundRun> runs = new ConcurrentHashMap<>();
    private final SecureRandom ids = new SecureRandom();
    private final boolean loopback;
    private long created;
    private final Javalin app;

    private PlaygroundServer(String host) {
        this.loopback = isLoopback(host);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add("/tanito/web/static", Location.CLASSPATH);
        });
        app.before(this::checkCaller);
        app.post("/api/runs", this::create);
        app.get("/api/runs/{id}", ctx -> ctx.json(describe(run(ctx))));
        app.get("/api/runs/{id}/points", ctx -> ctx.json(run(ctx).points()));
        app.sse("/api/runs/{id}/events", client -> run(client.ctx()).attach(client));
        control("play", PlaygroundRun::play);
        control("pause", PlaygroundRun::pause);
        control("step", PlaygroundRun::step);
        control("reset", PlaygroundRun::reset);
        app.delete("/api/runs/{id}", ctx -> {
            PlaygroundRun run = runs.remove(ctx.pathParam("id"));
            if (run == null) {
                throw new NotFound(ctx.pathParam("id"));
            }
            run.stop();
            ctx.status(HttpStatus.NO_CONTENT);
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, jsonMessage(e)));
    }

    /**
     * Starts a server on {@code host} (e.g. 127.0.0.1) and {@code port} (0: any free port).
     *
     * @throws IllegalArgumentException for an unknown host or a port that is taken
     */
    public static PlaygroundServer start(String host, int port) {
        PlaygroundServer server = new PlaygroundServer(host);
        try {
            server.app.start(host, port);
        } catch (JavalinBindException e) {
            throw new IllegalArgumentException("cannot listen on " + host + " port " + port
                    + ": is another program using it? (--port 0 picks a free one)", e);
        }
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The address of the page, e.g. {@code http://127.0.0.1:7070/}. */
    public String url(String host) {
        String name = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + name + ":" + port() + "/";
    }

    /** Stops every run and the server. */
    @Override
    public void close() {
        runs.values().forEach(PlaygroundRun::stop);
        runs.clear();
        app.stop();
    }

    private void control(String action, Consumer<PlaygroundRun> command) {
        app.post("/api/runs/{id}/" + action, ctx -> {
            PlaygroundRun run = run(ctx);
            command.accept(run);
            ctx.json(describe(run));
        });
    }

    private void create(Context ctx) throws JsonProcessingException {
        PlaygroundSpec spec = PlaygroundSpec.fromJson(ctx.body());
        PlaygroundRun run;
        synchronized (runs) {
            if (runs.size() >= MAX_RUNS && !evictOldestIdleRun()) {
                error(ctx, HttpStatus.TOO_MANY_REQUESTS, "all " + MAX_RUNS + " runs are streaming; close a page first");
                return;
            }
            String id = HexFormat.of().formatHex(randomBytes());
            run = new PlaygroundRun(id, spec, this::toJson, ++created);
            runs.put(id, run);
        }
        ctx.status(HttpStatus.CREATED).json(describe(run));
    }

    /** Forgets the run created first among those without an event stream (a page closed without deleting its run). */
    private boolean evictOldestIdleRun() {
        return runs.values().stream().filter(run -> !run.streaming())
                .min(java.util.Comparator.comparingLong(PlaygroundRun::sequence))
                .map(run -> runs.remove(run.id()) != null)
                .orElse(false);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[12];
        ids.nextBytes(bytes);
        return bytes;
    }

    private String toJson(PlaygroundEpoch epoch) {
        try {
            return json.writeValueAsString(epoch);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an epoch could not be written as JSON", e);
        }
    }

    private Map<String, Object> describe(PlaygroundRun run) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", run.id());
        described.put("spec", run.spec());
        described.put("query", run.spec().toQuery());
        described.put("epoch", run.epoch());
        described.put("playing", run.playing());
        described.put("streaming", run.streaming());
        return described;
    }

    private PlaygroundRun run(Context ctx) {
        PlaygroundRun run = runs.get(ctx.pathParam("id"));
        if (run == null) {
            throw new NotFound(ctx.pathParam("id"));
        }
        return run;
    }

    /** Refuses other sites' state-changing calls and, on loopback, requests addressed to other names. */
    private void checkCaller(Context ctx) {
        String host = ctx.header("Host");
        if (loopback && (host == null || !LOOPBACK_NAMES.contains(hostName(host)))) {
            refuse(ctx, "this server answers only requests addressed to localhost or 127.0.0.1, not " + host);
        }
        String origin = ctx.header("Origin");
        if (origin != null && !SAFE_METHODS.contains(ctx.method().name()) && !sameAuthority(origin, host)) {
            refuse(ctx, "requests from " + origin + " may not change this server's state");
        }
    }

    private static void refuse(Context ctx, String message) {
        ctx.skipRemainingHandlers();
        error(ctx, HttpStatus.FORBIDDEN, message);
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The name part of a Host header: {@code 127.0.0.1:7070} -> 127.0.0.1, {@code [::1]:7070} -> [::1]. */
    private static String hostName(String host) {
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon > 0 && host.indexOf(']') < colon;
        return (hasPort ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? status.getMessage() : message));
    }

    private static String jsonMessage(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return cause.getMessage();
            }
        }
        return "the run's spec is not valid JSON: " + e.getOriginalMessage();
    }

    private static final class NotFound extends RuntimeException {
        NotFound(String id) {
            super("no run " + id);
        }
    }
}

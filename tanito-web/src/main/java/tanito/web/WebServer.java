package tanito.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.util.Map;
import java.util.function.Consumer;
import tanito.io.Json;

/**
 * The embedded HTTP server every Tanito page runs on (Javalin on Jetty): static files from the
 * classpath, a JSON API with Tanito's JSON settings, errors as {@code {"error": "..."}} with the
 * status that fits ({@link IllegalArgumentException} 400, {@link NotFound} 404, bad JSON 400), and the
 * {@link CallerCheck} before every request.
 */
public final class WebServer implements AutoCloseable {
    /** Tanito's JSON settings, one line per value (an event's data is one line). */
    public static final ObjectMapper JSON = Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts a server on {@code host} (e.g. 127.0.0.1) and {@code port} (0: any free port) that
     * serves the classpath directory {@code staticDirectory} and the routes {@code routes} adds.
     *
     * @throws IllegalArgumentException for an unknown host or a port that is taken
     */
    public static WebServer start(String host, int port, String staticDirectory, Consumer<Javalin> routes) {
        return start(host, port, config -> config.staticFiles.add(staticDirectory, Location.CLASSPATH), routes);
    }

    /** As {@link #start(String, int, String, Consumer)}, with the server's configuration left to {@code configure}. */
    public static WebServer start(String host, int port, Consumer<JavalinConfig> configure, Consumer<Javalin> routes) {
        CallerCheck check = CallerCheck.forHost(host);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JSON, false));
            configure.accept(config);
        });
        app.before(check::check);
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, jsonMessage(e)));
        routes.accept(app);
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            throw new IllegalArgumentException("cannot listen on " + host + " port " + port
                    + ": is another program using it? (--port 0 picks a free one)", e);
        }
        return new WebServer(app);
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

    @Override
    public void close() {
        app.stop();
    }

    /** Answers {@code {"error": message}} with {@code status}. */
    public static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? status.getMessage() : message));
    }

    /** {@code value} as one line of JSON. */
    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " could not be written as JSON", e);
        }
    }

    private static String jsonMessage(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return cause.getMessage();
            }
        }
        return "the request is not valid JSON: " + e.getOriginalMessage();
    }

    /** A request for something that does not exist (404), e.g. {@code no run 1f2e}. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}

package tanito.web.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A What-If server's JSON API as the tests call it, over HTTP/1.1 on 127.0.0.1. */
record Api(WhatIfServer server) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A status and its JSON body. */
    record Response(int status, JsonNode body) {}

    /** The body of {@code GET path} as text. */
    String text(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build()).body();
    }

    /** The body of {@code GET path} as JSON. */
    JsonNode get(String path) {
        return json(text(path));
    }

    /** {@code POST path} with a JSON body. */
    Response post(String path, String body) {
        return post(path, body, null);
    }

    /** {@code POST path} with a JSON body, as a page at {@code origin} (null: no Origin header) sends it. */
    Response post(String path, String body, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        HttpResponse<String> response = send(request.build());
        return new Response(response.statusCode(), json(response.body()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}

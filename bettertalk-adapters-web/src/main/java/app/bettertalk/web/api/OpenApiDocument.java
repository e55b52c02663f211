package app.bettertalk.web.api;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI 3.1 description of the JSON API, a resource kept true by a test against the registered routes. */
public final class OpenApiDocument {
    /** Where the document sits on the classpath, as it is served. */
    public static final String RESOURCE = "/api/openapi.json";

    private final String json;

    public OpenApiDocument() {
        try (var in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void serve(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }
}

package app.bettertalk.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;

/** JSON in and out of the API: ISO-8601 instants, unknown fields refused, malformed bodies a 400. */
public final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Json() {
    }

    static JavalinJackson mapper() {
        return new JavalinJackson(MAPPER, false);
    }

    /** The request body as {@code type}; a body that is not such JSON is a 400 that says where it broke. */
    public static <T> T body(Context ctx, Class<T> type) {
        var text = ctx.body();
        if (text.isBlank()) {
            throw WebRefusal.malformed("A JSON body is required.");
        }
        return read(text, type);
    }

    /** {@code text} as {@code type} (a WebSocket frame, say); text that is not such JSON is a malformed refusal. */
    public static <T> T read(String text, Class<T> type) {
        try {
            var value = MAPPER.readValue(text, type);
            if (value == null) {
                throw WebRefusal.malformed("A JSON object is required, not null.");
            }
            return value;
        } catch (JacksonException e) {
            throw WebRefusal.malformed("Malformed JSON: " + e.getOriginalMessage());
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}

package app.bettertalk.web.api;

import app.bettertalk.core.shared.DomainException;
import io.javalin.http.Context;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Reading JSON API input, so that a refusal names the field as the client sent it. */
public final class ApiInput {
    private ApiInput() {
    }

    /** An id from a request body; a malformed one is a validation error on {@code field}. */
    public static <T> T id(String field, String text, Function<String, T> parse) {
        return naming(coreField -> field, () -> parse.apply(text));
    }

    /**
     * Runs {@code work}; a validation error the core reports on a field is reported on {@code apiField} of it
     * instead, so that it names the JSON field the client sent (the core's {@code price} is {@code pricePaise}).
     */
    public static <T> T naming(UnaryOperator<String> apiField, Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException.Validation refused) {
            var field = apiField.apply(refused.field());
            if (field.equals(refused.field())) {
                throw refused;
            }
            throw new DomainException.Validation(field, refused.rule());
        }
    }

    /** A whole-number query parameter, {@code fallback} when absent. */
    public static int intQuery(Context ctx, String name, int fallback) {
        var text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException.Validation(name, "must be a whole number");
        }
    }

    /** A required JSON boolean; absent is a validation error on {@code field}. */
    public static boolean flag(String field, Boolean value) {
        if (value == null) {
            throw new DomainException.Validation(field, "must be true or false");
        }
        return value;
    }

    /** 201 Created with what the new resource is now. */
    public static void created(Context ctx, Object body) {
        ctx.status(201).json(body);
    }

    /** 201 Created with where the new resource can be read again and what it is now. */
    public static void created(Context ctx, String location, Object body) {
        ctx.header("Location", location);
        created(ctx, body);
    }
}

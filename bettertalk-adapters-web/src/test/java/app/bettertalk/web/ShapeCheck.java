package app.bettertalk.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Checks JSON against the OpenAPI document's schemas: the part of JSON Schema the document uses ({@code $ref},
 * {@code type} including {@code [t, "null"]}, {@code oneOf} (as "any of", which is all a nullable reference needs),
 * {@code enum}, {@code required}, {@code properties}, {@code items}, and
 * the {@code uuid} and {@code date-time} formats), and more strictly than JSON Schema, every property sent must be
 * documented.
 */
final class ShapeCheck {
    private final JsonNode document;
    private final List<String> problems = new ArrayList<>();

    ShapeCheck(JsonNode document) {
        this.document = document;
    }

    void check(String schema, JsonNode value) {
        check(document.at("/components/schemas/" + schema), value, schema);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void check(JsonNode schema, JsonNode value, String where) {
        if (schema.isMissingNode()) {
            problems.add(where + ": no such schema");
            return;
        }
        if (schema.has("$ref")) {
            check(document.at(schema.get("$ref").asText().substring(1)), value, where);
            return;
        }
        if (schema.has("oneOf")) {
            checkOneOf(schema.get("oneOf"), value, where);
            return;
        }
        if (schema.has("type") && !hasType(schema.get("type"), value)) {
            problems.add(where + ": " + value + " is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(where + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isTextual() && schema.has("format")) {
            checkFormat(schema.get("format").asText(), value.asText(), where);
        }
        if (value.isObject()) {
            var properties = schema.path("properties");
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    problems.add(where + "." + name.asText() + " is required but missing");
                }
            });
            value.properties().forEach(property -> {
                if (properties.has(property.getKey())) {
                    check(properties.get(property.getKey()), property.getValue(), where + "." + property.getKey());
                } else {
                    problems.add(where + "." + property.getKey() + " is sent but not documented");
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (var i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), where + "[" + i + "]");
            }
        }
    }

    private void checkOneOf(JsonNode alternatives, JsonNode value, String where) {
        var closest = List.<String>of();
        for (var alternative : alternatives) {
            var trial = new ShapeCheck(document);
            trial.check(alternative, value, where);
            if (trial.problems.isEmpty()) {
                return;
            }
            closest = closest.isEmpty() ? trial.problems : closest;
        }
        problems.addAll(closest);
    }

    private static boolean hasType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (var one : type) {
                if (hasType(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (var one : values) {
            if (one.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private void checkFormat(String format, String text, String where) {
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date-time" -> Instant.parse(text);
                default -> {
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(where + ": " + text + " is not a " + format);
        }
    }
}

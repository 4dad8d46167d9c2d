package io.fieldback.common;

import static io.fieldback.common.Problems.badJson;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Bodies that are not the JSON an operation reads: which field, and what it expects. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The answer to a body-reading failure that arrives wrapped, or null when the cause is not one. */
    static Response ofCause(Throwable cause) {
        if (cause instanceof JsonParseException e) {
            return malformedJson(e);
        }
        if (cause instanceof UnrecognizedPropertyException e) {
            return unknownField(e);
        }
        if (cause instanceof InvalidFormatException e) {
            return invalidFormat(e);
        }
        if (cause instanceof MismatchedInputException e) {
            return mismatchedInput(e);
        }
        if (cause instanceof JsonMappingException e) {
            return mapping(e);
        }
        if (cause instanceof JsonProcessingException) {
            return json();
        }
        return null;
    }

    static Response unknownField(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        return badJson(field, "unknown field '" + e.getPropertyName() + "'; allowed fields: "
                + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
    }

    static Response invalidFormat(InvalidFormatException e) {
        String field = jsonPath(e);
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return badJson(field, "'" + e.getValue() + "' is not one of: " + allowed);
        }
        return badJson(field, "'" + e.getValue() + "' is not a valid " + describe(target));
    }

    static Response mismatchedInput(MismatchedInputException e) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return badJson("body", "the body must be a JSON " + describe(e.getTargetType()));
        }
        return badJson(field, "expected a " + describe(e.getTargetType()));
    }

    static Response malformedJson(JsonParseException e) {
        return badJson("body", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr());
    }

    static Response mapping(JsonMappingException e) {
        Throwable cause = e.getCause();
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage() : "invalid value";
        return badJson(jsonPath(e).isEmpty() ? "body" : jsonPath(e), message);
    }

    static Response json() {
        return badJson("body", "the body is not valid JSON");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == UUID.class) {
            return "UUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return type.getSimpleName().equals("LocalDate") ? "date (YYYY-MM-DD)"
                    : type.getSimpleName().equals("LocalTime") ? "time (HH:MM)" : "timestamp (ISO-8601, UTC)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

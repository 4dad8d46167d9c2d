package io.fieldback.common;

/** One invalid input: the JSON path or query parameter at fault and what is wrong with it. */
public record FieldError(String field, String message) {
}

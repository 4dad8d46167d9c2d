package io.fieldback.warranty.internal;

import java.util.List;

import io.fieldback.common.ApiException;
import io.fieldback.common.FieldError;

/** Why an aggregate will not do what was asked: the HTTP status it means and the field at fault. */
record Refusal(int status, String field, String message) {

    static Refusal conflict(String field, String message) {
        return new Refusal(409, field, message);
    }

    static Refusal invalid(String field, String message) {
        return new Refusal(400, field, message);
    }

    ApiException toException() {
        String slug = status == 409 ? "conflict" : "validation";
        String title = status == 409 ? "Conflict" : "Invalid request";
        return new ApiException(status, slug, title, field + ": " + message, List.of(new FieldError(field, message)));
    }
}

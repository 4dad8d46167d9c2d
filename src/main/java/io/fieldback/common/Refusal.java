package io.fieldback.common;

import java.util.List;

/**
 * Why an aggregate will not do what was asked, as the problem it means: the status, the problem type, a
 * sentence for people and the fields at fault. Aggregates return it; the service at the HTTP edge throws it.
 */
public record Refusal(int status, String slug, String title, String detail, List<FieldError> reasons) {

    public static Refusal conflict(String field, String message) {
        return new Refusal(409, "conflict", "Conflict", field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(400, "validation", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** The field at fault (the first, when several are), or null. */
    public String field() {
        return reasons == null || reasons.isEmpty() ? null : reasons.get(0).field();
    }

    /** What is wrong with that field, or null. */
    public String message() {
        return reasons == null || reasons.isEmpty() ? null : reasons.get(0).message();
    }

    public ApiException toException() {
        return new ApiException(status, slug, title, detail, reasons);
    }
}

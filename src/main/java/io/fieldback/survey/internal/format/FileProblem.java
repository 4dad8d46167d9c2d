package io.fieldback.survey.internal.format;

import java.util.List;

import io.fieldback.common.FieldError;

/**
 * Why a whole file cannot be read: a domain value. The upload edge answers it as a problem response (400, or
 * 415 for {@link Kind#NOT_TEXT}); the importer records it as the batch's failure.
 */
public record FileProblem(Kind kind, String field, String message, List<FieldError> errors) {

    public enum Kind {
        /** the structure is broken: no header, bad header, malformed CSV or JSON, no rows */
        MALFORMED,
        /** the bytes are not text in the declared charset */
        NOT_TEXT
    }

    /** "field: message", or the message alone when the problem is not about one field. */
    public String detail() {
        return field == null ? message : field + ": " + message;
    }

    static FileProblem malformed(String field, String message) {
        return new FileProblem(Kind.MALFORMED, field, message, List.of(new FieldError(field, message)));
    }

    static FileProblem missingColumns(List<FieldError> missing) {
        return new FileProblem(Kind.MALFORMED, null, "missing required columns: "
                + String.join(", ", missing.stream().map(FieldError::field).toList()), List.copyOf(missing));
    }

    static FileProblem notText(String message) {
        return new FileProblem(Kind.NOT_TEXT, null, message, List.of());
    }

    UnreadableFile raise() {
        return new UnreadableFile(this);
    }
}

package io.fieldback.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://fieldback.io/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(description = "present on validation problems") List<FieldError> errors,
        @Schema(description = "the request's X-Request-Id; quote it when reporting a problem",
                example = "0f8e2b1c-6d4a-4f3e-9b7a-2c5d8e1f0a3b") String requestId) {

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, errors, id);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://fieldback.io/problems/";
}

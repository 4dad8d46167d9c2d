package io.fieldback.common;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The problem responses every exception family shares; the families' mappers build on them. */
final class Problems {

    private Problems() {
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Response badJson(String field, String message) {
        return respond(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400,
                field + ": " + message, List.of(new FieldError(field, message))));
    }

    static Response unauthorized() {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                        "sign in with a bearer token or an X-API-Key header", null))
                .build();
    }

    static Response forbidden() {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "your role does not allow this operation", null));
    }

    static Response concurrentUpdate() {
        return respond(new Problem(Problem.TYPE_BASE + "precondition-failed", "Precondition failed", 412,
                "the resource was changed by someone else; fetch it again and retry with its new ETag", null));
    }

    static Response constraint() {
        return respond(new Problem(Problem.TYPE_BASE + "conflict", "Conflict", 409,
                "the change conflicts with existing data (a unique value is already taken or a reference is missing)",
                null));
    }
}

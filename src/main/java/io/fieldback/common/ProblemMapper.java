package io.fieldback.common;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where exceptions become RFC 9457 problem responses. Nothing internal leaks out. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid",
                errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        return badJson(field, "unknown field '" + e.getPropertyName() + "'; allowed fields: "
                + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        String field = jsonPath(e);
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return badJson(field, "'" + e.getValue() + "' is not one of: " + allowed);
        }
        return badJson(field, "'" + e.getValue() + "' is not a valid " + describe(target));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return badJson("body", "the body must be a JSON " + describe(e.getTargetType()));
        }
        return badJson(field, "expected a " + describe(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return badJson("body", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr());
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        Throwable cause = e.getCause();
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage() : "invalid value";
        return badJson(jsonPath(e).isEmpty() ? "body" : jsonPath(e), message);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return badJson("body", "the body is not valid JSON");
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "your role does not allow this operation", null));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(Exception e) {
        return respond(new Problem(Problem.TYPE_BASE + "precondition-failed", "Precondition failed", 412,
                "the resource was changed by someone else; fetch it again and retry with its new ETag", null));
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        return respond(new Problem(Problem.TYPE_BASE + "conflict", "Conflict", 409,
                "the change conflicts with existing data (a unique value is already taken or a reference is missing)",
                null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e instanceof NotFoundException && e.getCause() != null) {
            Response badParameter = badQueryParameter(e.getCause(), uri);
            if (badParameter != null) {
                return badParameter;
            }
        }
        // Quarkus REST wraps body-reading failures; answer them as precisely as when they arrive bare
        if (e.getCause() instanceof JsonParseException cause) {
            return malformedJson(cause);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException cause) {
            return unknownField(cause);
        }
        if (e.getCause() instanceof InvalidFormatException cause) {
            return invalidFormat(cause);
        }
        if (e.getCause() instanceof MismatchedInputException cause) {
            return mismatchedInput(cause);
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            return mapping(cause);
        }
        if (e.getCause() instanceof JsonProcessingException cause) {
            return json(cause);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at this address";
            case 405 -> "this method is not allowed on this path";
            case 406 -> "the server can only answer with application/json";
            case 413 -> "the request body is too large";
            case 415 -> "unsupported Content-Type; send application/json";
            default -> e.getMessage() == null ? title : e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + slug(title), title, status, detail, null));
        if (e instanceof NotAllowedException && !e.getResponse().getAllowedMethods().isEmpty()) {
            builder.allow(e.getResponse().getAllowedMethods());
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e) {
        if (CertificationRetry.isConflict(e)) {
            // a write conflict, e.g. a Galera certification failure at commit: the transaction left nothing behind
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "1")
                    .entity(new Problem(Problem.TYPE_BASE + "write-conflict", "Write conflict", 503,
                            "the change met a concurrent change to the same data and was not stored; retry it", null))
                    .build();
        }
        if (find(e, StoreUnavailableException.class, 0) != null) {
            Log.warnf("object store unavailable: %s", rootMessage(e));
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(new Problem(Problem.TYPE_BASE + "storage-unavailable", "Storage unavailable", 503,
                            "the file store is briefly unreachable; nothing was stored, retry the same request shortly",
                            null))
                    .build();
        }
        if (isTransient(e)) {
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "2")
                    .entity(new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                            "the service is briefly overloaded or its database is unreachable; retry shortly", null))
                    .build();
        }
        // failures raised at commit arrive wrapped (transaction and CDI layers): answer by their cause
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return constraint(violation);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentUpdate((Exception) cause);
            }
        }
        if (find(e, org.hibernate.exception.DataException.class, 0) != null) {
            // a value the database cannot hold (a date outside 1000-9999, an out-of-range number) that no
            // validation caught: the client's input, not a bug of ours to hide behind a 500
            Log.warnf("value out of storable range: %s", e.getMessage());
            return badJson("body", "a value is outside the range that can be stored (dates and times must fall "
                    + "between the years 1000 and 9999)");
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "unhandled error, incident %s", incident);
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "an unexpected error occurred; quote incident " + incident + " when reporting it", null));
    }

    /**
     * JAX-RS answers a query parameter it cannot convert with 404; it is the client's input that is
     * wrong, so say which parameter and what it accepts. Path parameters stay 404 (no such resource).
     */
    private static Response badQueryParameter(Throwable cause, UriInfo uri) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        String name = null;
        String bad = "";
        for (var parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                // the converter's message quotes the value; the longest match names the parameter
                if (value.length() > bad.length() && message.contains(value)) {
                    name = parameter.getKey();
                    bad = value;
                }
            }
        }
        return name == null ? null : badJson(name, "'" + bad + "' is not " + expected(cause, message));
    }

    private static String expected(Throwable cause, String message) {
        Matcher enumConstant = Pattern.compile("No enum constant ([\\w.$]+)\\.[^.]*$").matcher(message);
        if (enumConstant.find()) {
            try {
                Class<?> type = Class.forName(enumConstant.group(1), false, Thread.currentThread().getContextClassLoader());
                return "one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            } catch (ClassNotFoundException ignored) {
                return "an allowed value";
            }
        }
        if (cause instanceof NumberFormatException || message.startsWith("For input string")) {
            return "a whole number";
        }
        if (message.startsWith("Invalid UUID")) {
            return "a UUID";
        }
        if (message.startsWith("Invalid boolean")) {
            return "true or false";
        }
        return "a valid value";
    }

    /**
     * Failures that say nothing about the request: no database connection within the wait, the database
     * gone, a deadlock victim. The client should retry; a 503 with Retry-After tells it so.
     */
    private static boolean isTransient(Throwable e) {
        return isTransient(e, 0);
    }

    private static boolean isTransient(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            // a commit that failed because the database went away: the transaction manager reports the
            // driver's error as a suppressed exception of its RollbackException
            for (Throwable suppressed : t.getSuppressed()) {
                if (isTransient(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("40001"))) {
                return true;
            }
            // the driver closes a connection's statements when the connection is lost mid-transaction
            if (t instanceof java.sql.SQLException && t.getMessage() != null
                    && t.getMessage().startsWith("No operations allowed after")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The first throwable of this type among the causes and suppressed exceptions, or null. */
    private static Throwable find(Throwable e, Class<? extends Throwable> type, int depth) {
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return t;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Throwable found = find(suppressed, type, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Response unauthorized() {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                        "sign in with a bearer token or an X-API-Key header", null))
                .build();
    }

    private static Response badJson(String field, String message) {
        return respond(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400,
                field + ": " + message, List.of(new FieldError(field, message))));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
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

package io.fieldback.common;

import static io.fieldback.common.Problems.badJson;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The JAX-RS layer's own refusals (no such path, wrong method, unreadable parameter) as problems. */
final class WebProblems {

    private WebProblems() {
    }

    /** A bad query parameter or a wrapped body-reading failure, answered precisely; or null for the plain case. */
    static Response ofCause(WebApplicationException e, UriInfo uri) {
        if (e instanceof NotFoundException && e.getCause() != null) {
            Response badParameter = badQueryParameter(e.getCause(), uri);
            if (badParameter != null) {
                return badParameter;
            }
        }
        // Quarkus REST wraps body-reading failures; answer them as precisely as when they arrive bare
        return JsonProblems.ofCause(e.getCause());
    }

    /** A client error with its status's title and a detail that says what to change. */
    static Response clientError(WebApplicationException e, int status) {
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

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}

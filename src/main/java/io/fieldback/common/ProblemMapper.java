package io.fieldback.common;

import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
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

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where exceptions become RFC 9457 problem responses. Nothing internal leaks out. Each family's
 * wording lives in its own class: {@link JsonProblems}, {@link WebProblems}, {@link ServerProblems}.
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return Problems.respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return Problems.respond(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid",
                errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return JsonProblems.unknownField(e);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return JsonProblems.invalidFormat(e);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return JsonProblems.mismatchedInput(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return JsonProblems.malformedJson(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return JsonProblems.mapping(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return JsonProblems.json();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return Problems.unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Problems.unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.forbidden();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(Exception e) {
        return Problems.concurrentUpdate();
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        return Problems.constraint();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response precise = WebProblems.ofCause(e, uri);
        if (precise != null) {
            return precise;
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e);
        }
        if (Response.Status.Family.familyOf(status) != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        return WebProblems.clientError(e, status);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e) {
        return ServerProblems.of(e);
    }
}

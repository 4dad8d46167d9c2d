package io.fieldback.common;

import java.lang.annotation.Annotation;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.Router;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a sane token (so a dealer's
 * system or a load balancer can correlate), otherwise a fresh UUID. It is echoed in the response
 * header, put in the logging context ({@code requestId}, a field of every JSON log line in prod) and
 * added to every problem body, so a client's bug report leads straight to the server's log lines.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    void install(@Observes Router router) {
        // before every other route (security headers, body limits), so all their answers carry it too
        router.route().order(-1000).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            // downstream code (and the JAX-RS filter below) reads the normalised id from the request
            rc.request().headers().set(HEADER, id);
            rc.response().headers().set(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.addEndHandler(ignored -> MDC.remove(MDC_KEY));
            rc.next();
        });
    }

    /** The id of the request being served, for code that builds a response outside JAX-RS. */
    public static String of(io.vertx.core.http.HttpServerRequest request) {
        return request.getHeader(HEADER);
    }

    @ServerResponseFilter
    public void addToProblems(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            String id = request.getHeaderString(HEADER);
            if (id != null) {
                response.setEntity(problem.withRequestId(id), new Annotation[0], response.getMediaType());
            }
        }
    }
}

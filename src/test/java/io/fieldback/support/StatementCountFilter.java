package io.fieldback.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Test only: probes the statements of a request that asks for it. Both filters run on the thread that runs
 * the (blocking) endpoint, so the count covers the whole transaction, commit included.
 */
public class StatementCountFilter {

    @ServerRequestFilter
    public void start(ContainerRequestContext request) {
        if (request.getHeaderString(StatementCounter.REQUEST_HEADER) != null) {
            StatementCounter.start();
        }
    }

    @ServerResponseFilter
    public void stop(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(StatementCounter.REQUEST_HEADER) != null) {
            response.getHeaders().putSingle(StatementCounter.RESPONSE_HEADER, StatementCounter.stop());
        }
    }
}

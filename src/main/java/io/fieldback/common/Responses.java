package io.fieldback.common;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** The status codes and headers our resources answer with, in one place. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the resource and its ETag. */
    public static <T extends Versioned> RestResponse<T> ok(T view) {
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    /** 201 with Location (the request path plus the new id), the resource and its ETag. */
    public static <T extends Versioned> RestResponse<T> created(UriInfo uri, T view) {
        URI location = uri.getAbsolutePathBuilder().path(view.id().toString()).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(view)
                .header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    /** 200 with a page and, when there is more, a Link header to the next page. */
    public static <T> RestResponse<Page<T>> page(UriInfo uri, Page<T> page) {
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page);
        if (page.nextCursor() != null) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            builder.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return builder.build();
    }
}

package io.fieldback.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, to prove 500s reveal nothing. */
@Path("/test/failure")
public class FailingResource {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("SELECT secret FROM customers -- internal detail");
    }
}

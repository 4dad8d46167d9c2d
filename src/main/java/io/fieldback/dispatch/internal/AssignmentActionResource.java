package io.fieldback.dispatch.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Responses;
import io.fieldback.dispatch.AssignmentView;
import io.fieldback.security.Roles;

/** The dispatcher's actions on one assignment (a class of its own: JAX-RS matches the most specific class path first). */
@Path("/api/v1/assignments/{id}")
@Tag(name = "Dispatch")
class AssignmentActionResource {

    private final AssignmentService service;

    AssignmentActionResource(AssignmentService service) {
        this.service = service;
    }

    @POST
    @Path("confirm")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "confirmAssignment", summary = "PROPOSED -> ASSIGNED: the technician's phone now sees the visit")
    public RestResponse<AssignmentView> confirm(@PathParam("id") UUID id) {
        return Responses.ok(service.confirm(id));
    }

    @POST
    @Path("withdraw")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "withdrawAssignment", summary = "Take the visit back from the technician (not once on site); it returns to the queue")
    public RestResponse<AssignmentView> withdraw(@PathParam("id") UUID id) {
        return Responses.ok(service.withdraw(id));
    }
}

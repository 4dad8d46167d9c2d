package io.fieldback.dispatch.internal;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Responses;
import io.fieldback.dispatch.AssignmentView;
import io.fieldback.security.Roles;

@Path("/api/v1/visits/{id}/assignments")
@Tag(name = "Dispatch")
class AssignmentResource {

    private final AssignmentService service;

    AssignmentResource(AssignmentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "assignVisit", summary = "Assign (or propose) a technician for the visit; 409 naming every hard rule they break",
            description = "A technician of another station, without the skill, on leave, off shift, at their daily cap or restricted for the "
                    + "customer: 409 type dispatch-rule, the rules in errors. A live unpinned assignment is withdrawn; an ACCEPTED one "
                    + "(pinned) must be withdrawn first (409). ASSIGNED puts the technician on the visit (their phone's delta feed) and "
                    + "records dispatch.assigned. Station managers: their own station's visits.")
    public RestResponse<AssignmentView> assign(@PathParam("id") UUID visitId, @NotNull @Valid AssignmentRequests.Assign body) {
        return RestResponse.ResponseBuilder.<AssignmentView>create(201).entity(service.assign(visitId, body)).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "listVisitAssignments", summary = "Every assignment of the visit, oldest first (withdrawn and declined included)")
    public List<AssignmentView> list(@PathParam("id") UUID visitId) {
        return service.ofVisit(visitId);
    }
}

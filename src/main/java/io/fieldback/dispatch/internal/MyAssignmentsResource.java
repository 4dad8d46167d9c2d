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

import io.fieldback.dispatch.AssignmentView;
import io.fieldback.security.Roles;

@Path("/api/v1/me/assignments")
@Tag(name = "Dispatch")
class MyAssignmentsResource {

    private final PhoneAssignments service;

    MyAssignmentsResource(PhoneAssignments service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.TECHNICIAN)
    @Operation(operationId = "listMyAssignments", summary = "The calling technician's live assignments, in the order of their day plan")
    public List<AssignmentView> list() {
        return service.mine();
    }

    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TECHNICIAN)
    @Operation(operationId = "answerAssignment", summary = "The phone accepts, declines, sets off (with an ETA) or arrives; resending the same event id changes nothing",
            description = "201 for a new event, 200 for a resend. An assignment that was withdrawn (or declined) cannot be accepted: 409. "
                    + "A late event the assignment is already past is kept without moving it back. DECLINED returns the visit to the "
                    + "queue; EN_ROUTE records dispatch.en-route; ON_SITE puts ARRIVED on the visit and stops the promise clock.")
    public RestResponse<AssignmentView> answer(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequests.Event body) {
        PhoneAssignments.Answer answer = service.record(id, body);
        return RestResponse.ResponseBuilder.<AssignmentView>create(answer.created() ? 201 : 200)
                .entity(answer.assignment()).build();
    }
}

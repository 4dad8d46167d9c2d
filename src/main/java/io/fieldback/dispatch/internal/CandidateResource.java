package io.fieldback.dispatch.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.dispatch.ArrivalPromiseView;
import io.fieldback.dispatch.CandidatesView;
import io.fieldback.security.Roles;

@Path("/api/v1/visits/{id}")
@Tag(name = "Dispatch")
class CandidateResource {

    private final CandidateService candidates;
    private final DispatchVisits visits;

    CandidateResource(CandidateService candidates, DispatchVisits visits) {
        this.candidates = candidates;
        this.visits = visits;
    }

    @GET
    @Path("dispatch-candidates")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "listDispatchCandidates", summary = "The technicians who may take the visit, best first, and every one left out with the hard rules that excluded them",
            description = "Hard rules: skill for the machine's series, a certification valid on the visit's day, a shift within the window, "
                    + "not absent, under the daily cap, not restricted for the customer. The station's technicians, and those of the "
                    + "dealer's stations within fieldback.dispatch.neighbour-radius-km. Station managers: their own station's visits.")
    public CandidatesView candidates(@PathParam("id") UUID id) {
        return candidates.candidates(id);
    }

    @GET
    @Path("dispatch-details")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "getDispatchDetails", summary = "The visit's site, time window, duration and arrival promise",
            description = "Made when dispatch first meets the visit: window from the request to the promise (by customer importance).")
    public ArrivalPromiseView details(@PathParam("id") UUID id) {
        return visits.details(id);
    }

    @PUT
    @Path("dispatch-details")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "putDispatchDetails", summary = "Set the visit's site, time window and duration (the promise stays)")
    public ArrivalPromiseView putDetails(@PathParam("id") UUID id, @NotNull @Valid DetailsRequest body) {
        return visits.putDetails(id, body);
    }
}

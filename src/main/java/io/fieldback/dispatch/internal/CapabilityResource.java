package io.fieldback.dispatch.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Responses;
import io.fieldback.dispatch.CapabilitiesView;
import io.fieldback.security.Roles;

@Path("/api/v1/technicians/{id}/capabilities")
@Tag(name = "Dispatch")
class CapabilityResource {

    private final CapabilityService service;

    CapabilityResource(CapabilityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.TECHNICIAN })
    @Operation(operationId = "getTechnicianCapabilities", summary = "A technician's skills, certifications, shifts, absences, daily cap, home station and last known position",
            description = "Station managers read their station's technicians, technicians themselves. Never described: empty lists and the default cap.")
    public RestResponse<CapabilitiesView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "putTechnicianCapabilities", summary = "Replace a technician's capabilities (If-Match once they exist)",
            description = "A shift must end after it starts on the same day (400 otherwise); one shift per weekday; absences are whole days.")
    public RestResponse<CapabilitiesView> put(@PathParam("id") UUID id, @NotNull @Valid CapabilitiesRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.put(id, body, ifMatch));
    }
}

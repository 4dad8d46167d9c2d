package io.fieldback.warranty.internal;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Responses;
import io.fieldback.security.Roles;
import io.fieldback.warranty.PartReturnView;
import io.fieldback.warranty.internal.PartReturnRequests.InspectionRequest;
import io.fieldback.warranty.internal.PartReturnRequests.InstructionRequest;
import io.fieldback.warranty.internal.PartReturnRequests.ShipmentRequest;

@Path("/api/v1/warranty-claims/{id}/part-returns")
@Tag(name = "Warranty")
class PartReturnResource {

    private final PartReturnService service;

    PartReturnResource(PartReturnService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "listWarrantyPartReturns", summary = "The part-return instructions of a claim, with shipments, inspections and chargebacks")
    public List<PartReturnView> list(@PathParam("id") UUID claimId) {
        return service.list(claimId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "instructWarrantyPartReturn", summary = "Say what happens to the failed part of an approved part line: RETURN by a due date, KEEP until a date, or SCRAP",
            description = "One instruction per line (409 for a second). A RETURN not shipped by its due date is charged back "
                    + "(the line's approved amount) by the next settlement run or an analyst's NOT_RECEIVED inspection.")
    public RestResponse<PartReturnView> instruct(@PathParam("id") UUID claimId, @NotNull @Valid InstructionRequest body,
            @Context UriInfo uri) {
        return Responses.created(uri, service.instruct(claimId, body));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{returnId}/shipment")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "shipWarrantyPart", summary = "The station ships the requested part (carrier and tracking number), at the latest on its due date")
    public RestResponse<PartReturnView> ship(@PathParam("id") UUID claimId, @PathParam("returnId") UUID returnId,
            @NotNull @Valid ShipmentRequest body) {
        return Responses.ok(service.ship(claimId, returnId, body));
    }

    @POST
    @Path("{returnId}/receipt")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "receiveWarrantyPart", summary = "The manufacturer received the shipped part")
    public RestResponse<PartReturnView> receive(@PathParam("id") UUID claimId, @PathParam("returnId") UUID returnId) {
        return Responses.ok(service.receive(claimId, returnId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{returnId}/inspection")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "inspectWarrantyPart", summary = "Record the inspection of a received part (or NOT_RECEIVED once it is overdue)",
            description = "Any finding but CONFIRMED charges the line's approved amount back on that day's settlement month.")
    public RestResponse<PartReturnView> inspect(@PathParam("id") UUID claimId, @PathParam("returnId") UUID returnId,
            @NotNull @Valid InspectionRequest body) {
        return Responses.ok(service.inspect(claimId, returnId, body));
    }
}

package io.fieldback.warranty.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;
import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.ClaimView;
import io.fieldback.warranty.internal.DecisionRequests.DecisionRequest;
import io.fieldback.warranty.internal.DecisionRequests.ReturnRequest;

@Path("/api/v1/warranty-claims")
@Tag(name = "Warranty")
class ClaimResource {

    private final ClaimService service;
    private final Idempotency idempotency;

    ClaimResource(ClaimService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "createWarrantyClaim", summary = "File a DRAFT warranty claim for a completed visit of your station",
            description = "Coverage is checked at the failure reading: by date and by meter, whichever ends first. "
                    + "Out of warranty, only a claim type that pays anyway (extended, goodwill, campaign) is accepted. "
                    + "Labour is priced at the station's rate in force on the repair day; parts at quantity × price.")
    public RestResponse<ClaimView> create(@NotNull @Valid ClaimRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /warranty-claims", body, ClaimView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "listWarrantyClaims", summary = "List the claims you may see; status=IN_REVIEW is the analysts' manual queue")
    public RestResponse<Page<ClaimView>> list(@QueryParam("status") ClaimStatus status,
            @QueryParam("stationId") UUID stationId, @QueryParam("visitId") UUID visitId,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(status, stationId, visitId, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "getWarrantyClaim", summary = "Get a claim with its lines, claimed and approved amounts")
    public RestResponse<ClaimView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "updateWarrantyClaim", summary = "Replace a DRAFT or RETURNED_FOR_INFO claim's facts and lines (If-Match required)")
    public RestResponse<ClaimView> update(@PathParam("id") UUID id, @NotNull @Valid ClaimRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "submitWarrantyClaim", summary = "Submit (or resubmit) a claim: the auto-approval rules approve it or queue it for review (If-Match required)")
    public RestResponse<ClaimView> submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.submit(id, ifMatch));
    }

    @POST
    @Path("{id}/decisions")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "decideWarrantyClaim", summary = "Approve, cut or reject lines of a claim in review, with reason codes (If-Match required)",
            description = "When every line is decided the claim becomes APPROVED, PARTIALLY_APPROVED or REJECTED. "
                    + "Two analysts deciding at once: one wins, the other gets 412.")
    public RestResponse<ClaimView> decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.decide(id, body.calls(), ifMatch));
    }

    @POST
    @Path("{id}/return")
    // JSON only: a one-field body would otherwise be read from text/plain through the record's constructor
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "returnWarrantyClaim", summary = "Return a claim in review to its station for information (If-Match required)")
    public RestResponse<ClaimView> returnForInfo(@PathParam("id") UUID id, @NotNull @Valid ReturnRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.returnForInfo(id, body.note(), ifMatch));
    }
}

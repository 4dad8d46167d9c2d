package io.fieldback.warranty.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;
import io.fieldback.warranty.ClaimKind;
import io.fieldback.warranty.ClaimTypeView;
import io.fieldback.warranty.LabourRateView;
import io.fieldback.warranty.OperationCodeView;
import io.fieldback.warranty.internal.CatalogueRequests.ClaimTypeRequest;
import io.fieldback.warranty.internal.CatalogueRequests.LabourRateRequest;
import io.fieldback.warranty.internal.CatalogueRequests.OperationCodeRequest;

@Path("/api/v1/warranty")
@Tag(name = "Warranty")
class CatalogueResource {

    private final CatalogueService service;
    private final CatalogueEntries entries;
    private final Idempotency idempotency;

    CatalogueResource(CatalogueService service, CatalogueEntries entries, Idempotency idempotency) {
        this.service = service;
        this.entries = entries;
        this.idempotency = idempotency;
    }

    @POST
    @Path("operation-codes")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createWarrantyOperationCode", summary = "Add a labour operation code with its standard hours for a product series")
    public RestResponse<OperationCodeView> createOperation(@NotNull @Valid OperationCodeRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /warranty/operation-codes", body, OperationCodeView.class,
                () -> Responses.created(uri, service.createOperation(body)));
    }

    @GET
    @Path("operation-codes")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "listWarrantyOperationCodes", summary = "List labour operation codes, by product series or code")
    public RestResponse<Page<OperationCodeView>> operations(@QueryParam("productSeries") String productSeries,
            @QueryParam("code") String code, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.operations(productSeries, code, paging));
    }

    @POST
    @Path("labour-rates")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createWarrantyLabourRate", summary = "Set a station's warranty labour rate from a day on",
            description = "The rate in force on a day is the latest one starting on or before it; earlier claims keep "
                    + "the rate they were priced at. A station's rates share one currency: its claim currency.")
    public RestResponse<LabourRateView> createRate(@NotNull @Valid LabourRateRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /warranty/labour-rates", body, LabourRateView.class,
                () -> Responses.created(uri, service.createRate(body)));
    }

    @GET
    @Path("labour-rates")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "listWarrantyLabourRates", summary = "List labour rates of the stations you may see; `on` gives the rate in force that day")
    public RestResponse<Page<LabourRateView>> rates(@QueryParam("stationId") UUID stationId,
            @QueryParam("on") LocalDate on, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.rates(stationId, on, paging));
    }

    @POST
    @Path("claim-types")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createWarrantyClaimType", summary = "Add a claim type: standard, extended warranty, goodwill, or a campaign with its code")
    public RestResponse<ClaimTypeView> createType(@NotNull @Valid ClaimTypeRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /warranty/claim-types", body, ClaimTypeView.class,
                () -> Responses.created(uri, service.createType(body)));
    }

    @GET
    @Path("claim-types")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "listWarrantyClaimTypes", summary = "List claim types")
    public RestResponse<Page<ClaimTypeView>> types(@QueryParam("kind") ClaimKind kind, @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(uri, service.types(kind, paging));
    }

    @GET
    @Path("operation-codes/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "getWarrantyOperationCode", summary = "Get a labour operation code (also a deactivated one)")
    public RestResponse<OperationCodeView> operation(@PathParam("id") UUID id) {
        return Responses.ok(entries.operation(id));
    }

    @PUT
    @Path("operation-codes/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateWarrantyOperationCode", summary = "Replace an operation code's description and standard hours (If-Match required)",
            description = "The code and series are its key and cannot change. Replacing a deactivated code makes it "
                    + "active again. Claims already priced keep the standard hours they were checked against.")
    public RestResponse<OperationCodeView> updateOperation(@PathParam("id") UUID id,
            @NotNull @Valid OperationCodeRequest body, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(entries.updateOperation(id, body, ifMatch));
    }

    @DELETE
    @Path("operation-codes/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateWarrantyOperationCode", summary = "Deactivate an operation code: new claims cannot use it (nothing is deleted)")
    public void deactivateOperation(@PathParam("id") UUID id) {
        entries.deactivateOperation(id);
    }

    @GET
    @Path("labour-rates/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "getWarrantyLabourRate", summary = "Get a labour rate (a station or dealer: its own stations')")
    public RestResponse<LabourRateView> rate(@PathParam("id") UUID id) {
        return Responses.ok(entries.rate(id));
    }

    @PUT
    @Path("labour-rates/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateWarrantyLabourRate", summary = "Replace a labour rate's start day, amount or currency (If-Match required)",
            description = "The station cannot change. Replacing a withdrawn rate puts it in force again. Claims "
                    + "already priced keep the rate they were priced at.")
    public RestResponse<LabourRateView> updateRate(@PathParam("id") UUID id, @NotNull @Valid LabourRateRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(entries.updateRate(id, body, ifMatch));
    }

    @DELETE
    @Path("labour-rates/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateWarrantyLabourRate", summary = "Withdraw a labour rate: the station's previous rate is in force again (nothing is deleted)")
    public void deactivateRate(@PathParam("id") UUID id) {
        entries.deactivateRate(id);
    }

    @GET
    @Path("claim-types/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "getWarrantyClaimType", summary = "Get a claim type (also a deactivated one)")
    public RestResponse<ClaimTypeView> type(@PathParam("id") UUID id) {
        return Responses.ok(entries.type(id));
    }

    @PUT
    @Path("claim-types/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateWarrantyClaimType", summary = "Replace a claim type's kind, name or campaign code (If-Match required)",
            description = "The code is its key and cannot change. Replacing a deactivated type makes it active again.")
    public RestResponse<ClaimTypeView> updateType(@PathParam("id") UUID id, @NotNull @Valid ClaimTypeRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(entries.updateType(id, body, ifMatch));
    }

    @DELETE
    @Path("claim-types/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateWarrantyClaimType", summary = "Deactivate a claim type: new claims cannot use it (nothing is deleted)")
    public void deactivateType(@PathParam("id") UUID id) {
        entries.deactivateType(id);
    }
}

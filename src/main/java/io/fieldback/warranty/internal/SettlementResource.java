package io.fieldback.warranty.internal;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;
import io.fieldback.warranty.SettlementSummary;
import io.fieldback.warranty.SettlementView;

@Path("/api/v1/warranty/settlements")
@Tag(name = "Warranty")
class SettlementResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final SettlementService service;

    SettlementResource(SettlementService service) {
        this.service = service;
    }

    @Schema(name = "WarrantySettlementPayment", example = """
            {"paymentReference": "ICBC-2026-12-0042"}""")
    record PaymentRequest(@NotBlank @Size(max = 100) String paymentReference) {
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "runWarrantySettlement", summary = "Settle a month that is over: one batch per station, approved amounts less chargebacks",
            description = "Claims count in the month they were decided (warranty time zone), chargebacks in the month they "
                    + "were charged; parts not shipped by their due date are charged back first. A claim or chargeback is "
                    + "in one batch only, even when two runs race; running a month again adds only what is new and never "
                    + "changes a PAID batch. Answers the month's batches with their line counts, without the lines (GET a batch "
                    + "for them).")
    public List<SettlementSummary> run(@QueryParam("month") @Schema(example = "2026-11") String month) {
        return service.run(month);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "listWarrantySettlements", summary = "List the settlement batches you may see (a station or dealer: its own)")
    public RestResponse<Page<SettlementView>> list(@QueryParam("month") String month,
            @QueryParam("stationId") UUID stationId, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(month, stationId, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "getWarrantySettlement", summary = "Get a settlement batch with its claim and chargeback lines")
    public RestResponse<SettlementView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @GET
    @Path("{id}/csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "getWarrantySettlementCsv", summary = "A settlement batch as CSV (UTF-8 with BOM, for spreadsheet programs)")
    @APIResponse(responseCode = "200", description = "one row per claim and chargeback, then the totals",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("id") UUID id) {
        SettlementView batch = service.get(id);
        return Response.ok(SettlementCsv.of(batch), CSV).header("Content-Disposition", "attachment; filename=\"settlement-"
                + batch.month() + "-" + batch.stationId() + ".csv\"").build();
    }

    @POST
    @Path("{id}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "payWarrantySettlement", summary = "Mark a batch paid with the payment reference; a paid batch never changes again (409)")
    public RestResponse<SettlementView> pay(@PathParam("id") UUID id, @NotNull @Valid PaymentRequest body) {
        return Responses.ok(service.pay(id, body.paymentReference()));
    }
}

package io.fieldback.warranty.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.security.Roles;
import io.fieldback.warranty.WarrantyFigures;

/** Step 6: the warranty figures, from the warranty feature itself. Admins and analysts: all; a dealer: its own. */
@Path("/api/v1/warranty/figures")
@Tag(name = "Warranty")
class FiguresResource {

    private static final String WHO = " Roles: admin, analyst, warranty analyst (the whole network); dealer (its own "
            + "stations' claims and its own customers' machines).";

    private final FiguresService service;

    FiguresResource(FiguresService service) {
        this.service = service;
    }

    @GET
    @Path("claims")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.WARRANTY_ANALYST, Roles.DEALER })
    @Operation(operationId = "getWarrantyClaimFigures", summary = "Claims, claimed, approved and paid amounts per product series and month of repair",
            description = "Months from `from` to `to` (YYYY-MM, both included). Amounts per currency; paid is what "
                    + "settlement batches marked PAID hold for the claims." + WHO)
    public WarrantyFigures.Claims claims(@QueryParam("from") @Schema(example = "2026-01") String from,
            @QueryParam("to") @Schema(example = "2026-12") String to, @QueryParam("productSeries") String productSeries) {
        return service.claims(FigureRange.of(from, to), productSeries);
    }

    @GET
    @Path("failure-rates")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.WARRANTY_ANALYST, Roles.DEALER })
    @Operation(operationId = "getWarrantyFailureRates", summary = "Failures per 1,000 machines by product series and delivery month",
            description = "`from`/`to` are delivery months. The denominator is the machines delivered in the month; "
                    + "the failures are the claims (submitted, not rejected) on them, whenever filed." + WHO)
    public WarrantyFigures.FailureRates failureRates(@QueryParam("from") @Schema(example = "2025-01") String from,
            @QueryParam("to") @Schema(example = "2025-12") String to, @QueryParam("productSeries") String productSeries) {
        return service.failureRates(FigureRange.of(from, to), productSeries);
    }

    @GET
    @Path("top-parts")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.WARRANTY_ANALYST, Roles.DEALER })
    @Operation(operationId = "getWarrantyTopParts", summary = "The parts most often claimed as causal part, by repair months",
            description = "Counts claims (submitted, not rejected) naming the part as causal part; ties by part number." + WHO)
    public WarrantyFigures.TopParts topParts(@QueryParam("from") @Schema(example = "2026-01") String from,
            @QueryParam("to") @Schema(example = "2026-12") String to, @QueryParam("productSeries") String productSeries,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return service.topParts(FigureRange.of(from, to), productSeries, limit);
    }

    @GET
    @Path("failure-causes")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.WARRANTY_ANALYST, Roles.DEALER })
    @Operation(operationId = "getWarrantyFailureCauses", summary = "Pareto of the inspection findings of returned parts, by inspection months",
            description = "Most frequent finding first, with its share and the running share. Parts never received "
                    + "were not inspected and are left out." + WHO)
    public WarrantyFigures.FailureCauses causes(@QueryParam("from") @Schema(example = "2026-01") String from,
            @QueryParam("to") @Schema(example = "2026-12") String to, @QueryParam("productSeries") String productSeries) {
        return service.causes(FigureRange.of(from, to), productSeries);
    }

    @GET
    @Path("lead-times")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.WARRANTY_ANALYST, Roles.DEALER })
    @Operation(operationId = "getWarrantyLeadTimes", summary = "Mean days from repair to decision and to payment, per repair month",
            description = "Calendar days in the warranty time zone; payment is the day the claim's batch was marked PAID." + WHO)
    public WarrantyFigures.LeadTimes leadTimes(@QueryParam("from") @Schema(example = "2026-01") String from,
            @QueryParam("to") @Schema(example = "2026-12") String to, @QueryParam("productSeries") String productSeries) {
        return service.leadTimes(FigureRange.of(from, to), productSeries);
    }
}

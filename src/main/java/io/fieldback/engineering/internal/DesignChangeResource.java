package io.fieldback.engineering.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import io.fieldback.engineering.DesignChangeFigures;
import io.fieldback.engineering.DesignChangeView;
import io.fieldback.security.Roles;

@Path("/api/v1/design-changes")
@Tag(name = "Engineering feedback")
class DesignChangeResource {

    private final DesignChangeService changes;
    private final FiguresService figures;
    private final Idempotency idempotency;

    DesignChangeResource(DesignChangeService changes, FiguresService figures, Idempotency idempotency) {
        this.changes = changes;
        this.figures = figures;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "createDesignChange", summary = "Record a design change of a product series, from a serial or a delivery date (admin, warranty analyst)",
            description = "400 when the series has no machine, the serial is not one of its machines, or the date is "
                    + "before the series' first delivery; 409 when the change number exists.")
    public RestResponse<DesignChangeView> create(@NotNull @Valid DesignChangeRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /design-changes", body, DesignChangeView.class,
                () -> Responses.created(uri, changes.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.WARRANTY_ANALYST, Roles.HANDLER })
    @Operation(operationId = "listDesignChanges", summary = "List design changes (admin, analyst, warranty analyst, handler)")
    public RestResponse<Page<DesignChangeView>> list(@QueryParam("productSeries") String productSeries,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, changes.list(productSeries, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.WARRANTY_ANALYST, Roles.HANDLER })
    @Operation(operationId = "getDesignChange", summary = "Get a design change")
    public RestResponse<DesignChangeView> get(@PathParam("id") UUID id) {
        return Responses.ok(changes.get(id));
    }

    @GET
    @Path("{id}/figures")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.WARRANTY_ANALYST, Roles.HANDLER })
    @Operation(operationId = "getDesignChangeFigures", summary = "Failures, warranty claims and complaints per 1,000 machines before and after the change, with the counts",
            description = "Machines of the series are split by the change (serial order: longer is later, then "
                    + "character by character; or delivery date). Everything recorded on them to date is counted: "
                    + "repair visits (warranty, paid; not cancelled), claims (submitted, not rejected), product-quality "
                    + "complaints (no duplicates).")
    public DesignChangeFigures figures(@PathParam("id") UUID id) {
        return figures.figures(id);
    }
}

package io.fieldback.region.internal;

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

@Path("/api/v1/regions")
@Tag(name = "Regions")
class RegionResource {

    private final RegionService service;
    private final Idempotency idempotency;

    public RegionResource(RegionService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createRegion", summary = "Add a sales or service region")
    public RestResponse<RegionView> create(@NotNull @Valid RegionRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /regions", body, RegionView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER, Roles.VENDOR, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "listRegions", summary = "List regions (every signed-in caller; active and inactive unless filtered)")
    public RestResponse<Page<RegionView>> list(@QueryParam("code") String code, @QueryParam("active") Boolean active,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(code, active, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER, Roles.VENDOR, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "getRegion", summary = "Get a region")
    public RestResponse<RegionView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateRegion", summary = "Rename, reorder, deactivate or reactivate a region (If-Match required; the code cannot change)")
    public RestResponse<RegionView> update(@PathParam("id") UUID id, @NotNull @Valid RegionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateRegion", summary = "Deactivate a region: what is in it stays, nothing new may be placed in it")
    public void deactivate(@PathParam("id") UUID id) {
        service.deactivate(id);
    }
}

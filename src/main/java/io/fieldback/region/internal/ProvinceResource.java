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

@Path("/api/v1/provinces")
@Tag(name = "Regions")
class ProvinceResource {

    private final ProvinceService service;
    private final Idempotency idempotency;

    public ProvinceResource(ProvinceService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createProvince", summary = "Add a province (or an overseas area) to a region")
    public RestResponse<ProvinceView> create(@NotNull @Valid ProvinceRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /provinces", body, ProvinceView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER, Roles.VENDOR, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "listProvinces", summary = "List provinces, optionally of one region (every signed-in caller)")
    public RestResponse<Page<ProvinceView>> list(@QueryParam("regionCode") String regionCode,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(regionCode, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER, Roles.VENDOR, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "getProvince", summary = "Get a province")
    public RestResponse<ProvinceView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateProvince", summary = "Rename a province or move it to another region; its customers and stations move along (If-Match required)")
    public RestResponse<ProvinceView> update(@PathParam("id") UUID id, @NotNull @Valid ProvinceRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteProvince", summary = "Delete a province no customer or station is in (409 otherwise)")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}

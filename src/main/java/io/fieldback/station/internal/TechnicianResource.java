package io.fieldback.station.internal;

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
import io.fieldback.station.TechnicianRequest;
import io.fieldback.station.TechnicianService;
import io.fieldback.station.TechnicianView;

@Path("/api/v1/technicians")
@Tag(name = "Technicians")
class TechnicianResource {

    private final TechnicianService service;
    private final Idempotency idempotency;

    public TechnicianResource(TechnicianService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "createTechnician", summary = "Add a technician to a station within the caller's tenancy")
    public RestResponse<TechnicianView> create(@NotNull @Valid TechnicianRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /technicians", body, TechnicianView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "listTechnicians", summary = "List technicians within the caller's tenancy")
    public RestResponse<Page<TechnicianView>> list(@QueryParam("stationId") UUID stationId,
            @QueryParam("productLine") String productLine, @QueryParam("active") Boolean active,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(stationId, productLine, active, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "getTechnician", summary = "Get a technician")
    public RestResponse<TechnicianView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "updateTechnician", summary = "Replace a technician's data (If-Match required)")
    public RestResponse<TechnicianView> update(@PathParam("id") UUID id, @NotNull @Valid TechnicianRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "deactivateTechnician", summary = "Deactivate a technician (nothing is physically deleted)")
    public void deactivate(@PathParam("id") UUID id) {
        service.deactivate(id);
    }
}

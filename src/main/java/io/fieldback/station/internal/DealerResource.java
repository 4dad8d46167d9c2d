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
import io.fieldback.station.DealerRequest;
import io.fieldback.station.DealerService;
import io.fieldback.station.DealerView;

@Path("/api/v1/dealers")
@Tag(name = "Dealers")
class DealerResource {

    private final DealerService service;
    private final Idempotency idempotency;

    public DealerResource(DealerService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createDealer", summary = "Register a dealer")
    public RestResponse<DealerView> create(@NotNull @Valid DealerRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /dealers", body, DealerView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER })
    @Operation(operationId = "listDealers", summary = "List dealers (a dealer sees only itself)")
    public RestResponse<Page<DealerView>> list(@QueryParam("code") String code, @QueryParam("active") Boolean active,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(code, active, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER })
    @Operation(operationId = "getDealer", summary = "Get a dealer")
    public RestResponse<DealerView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateDealer", summary = "Replace a dealer's data (If-Match required)")
    public RestResponse<DealerView> update(@PathParam("id") UUID id, @NotNull @Valid DealerRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateDealer", summary = "Deactivate a dealer (nothing is physically deleted)")
    public void deactivate(@PathParam("id") UUID id) {
        service.deactivate(id);
    }
}

package io.fieldback.customer.internal;

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
import io.fieldback.customer.EquipmentRequest;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.security.Roles;

@Path("/api/v1/customers/{customerId}/equipment")
@Tag(name = "Customers")
class EquipmentResource {

    private final EquipmentService service;
    private final Idempotency idempotency;

    public EquipmentResource(EquipmentService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "createEquipment", summary = "Register a unit of equipment (serial number or VIN) for a customer")
    public RestResponse<EquipmentView> create(@PathParam("customerId") UUID customerId,
            @NotNull @Valid EquipmentRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /customers/" + customerId + "/equipment", body, EquipmentView.class,
                () -> Responses.created(uri, service.create(customerId, body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "listEquipment", summary = "List a customer's equipment")
    public RestResponse<Page<EquipmentView>> list(@PathParam("customerId") UUID customerId,
            @QueryParam("productSeries") String productSeries, @QueryParam("active") Boolean active,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(customerId, productSeries, active, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "getEquipment", summary = "Get a unit of equipment")
    public RestResponse<EquipmentView> get(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id) {
        return Responses.ok(service.get(customerId, id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "updateEquipment", summary = "Replace equipment data (If-Match required)")
    public RestResponse<EquipmentView> update(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
            @NotNull @Valid EquipmentRequest body, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(customerId, id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "deactivateEquipment", summary = "Deactivate a unit of equipment (nothing is physically deleted)")
    public void deactivate(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id) {
        service.deactivate(customerId, id);
    }
}

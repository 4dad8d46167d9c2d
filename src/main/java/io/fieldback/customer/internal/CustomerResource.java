package io.fieldback.customer.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import io.fieldback.common.ApiException;
import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.common.Validation;
import io.fieldback.customer.CustomerRequest;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.Importance;
import io.fieldback.customer.Relationship;
import io.fieldback.security.Roles;

@Path("/api/v1/customers")
@Tag(name = "Customers")
class CustomerResource {

    private final CustomerService service;
    private final Idempotency idempotency;

    public CustomerResource(CustomerService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "createCustomer", summary = "Register a customer")
    public RestResponse<CustomerView> create(@NotNull @Valid CustomerRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /customers", body, CustomerView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "listCustomers", summary = "List customers by segment, name prefix or contact phone")
    public RestResponse<Page<CustomerView>> list(
            @QueryParam("relationship") Relationship relationship,
            @QueryParam("importance") Importance importance,
            @QueryParam("region") String region,
            @QueryParam("province") String province, @QueryParam("doNotCall") Boolean doNotCall,
            @QueryParam("namePrefix") String namePrefix,
            @QueryParam("phone") @Pattern(regexp = Validation.E164, message = Validation.E164_MESSAGE) String phone,
            @QueryParam("dealerId") UUID dealerId, @QueryParam("active") Boolean active,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        var criteria = new CustomerService.Criteria(relationship,
                importance, region,
                province, doNotCall, namePrefix, phone, dealerId, active);
        return Responses.page(uri, service.list(criteria, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "getCustomer", summary = "Get a customer")
    public RestResponse<CustomerView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "updateCustomer", summary = "Replace a customer's data (If-Match required)")
    public RestResponse<CustomerView> update(@PathParam("id") UUID id, @NotNull @Valid CustomerRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.DEALER })
    @Operation(operationId = "deactivateCustomer", summary = "Deactivate a customer (nothing is physically deleted)")
    public void deactivate(@PathParam("id") UUID id) {
        service.deactivate(id);
    }

}

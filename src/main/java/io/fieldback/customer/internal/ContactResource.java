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
import io.fieldback.customer.ContactRequest;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.security.Roles;

@Path("/api/v1/customers/{customerId}/contacts")
@Tag(name = "Customers")
class ContactResource {

    private final ContactService service;
    private final Idempotency idempotency;

    public ContactResource(ContactService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "createContact", summary = "Add a contact to a customer")
    public RestResponse<ContactView> create(@PathParam("customerId") UUID customerId,
            @NotNull @Valid ContactRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /customers/" + customerId + "/contacts", body, ContactView.class,
                () -> Responses.created(uri, service.create(customerId, body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "listContacts", summary = "List a customer's contacts")
    public RestResponse<Page<ContactView>> list(@PathParam("customerId") UUID customerId,
            @QueryParam("active") Boolean active, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(customerId, active, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "getContact", summary = "Get a contact")
    public RestResponse<ContactView> get(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id) {
        return Responses.ok(service.get(customerId, id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "updateContact", summary = "Replace a contact's data (If-Match required)")
    public RestResponse<ContactView> update(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
            @NotNull @Valid ContactRequest body, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(customerId, id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.HANDLER, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "deactivateContact", summary = "Deactivate a contact (nothing is physically deleted)")
    public void deactivate(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id) {
        service.deactivate(customerId, id);
    }
}

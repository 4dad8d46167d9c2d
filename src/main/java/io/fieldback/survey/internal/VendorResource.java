package io.fieldback.survey.internal;

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
import io.fieldback.survey.VendorView;
import io.fieldback.survey.VendorRequest;

@Path("/api/v1/vendors")
@Tag(name = "Vendors")
public class VendorResource {

    private final VendorService service;
    private final Idempotency idempotency;

    public VendorResource(VendorService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createVendor", summary = "Register a survey vendor")
    public RestResponse<VendorView> create(@NotNull @Valid VendorRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /vendors", body, VendorView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.VENDOR })
    @Operation(operationId = "listVendors", summary = "List survey vendors (a vendor sees only itself)")
    public RestResponse<Page<VendorView>> list(@QueryParam("active") Boolean active,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(active, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.VENDOR })
    @Operation(operationId = "getVendor", summary = "Get a survey vendor")
    public RestResponse<VendorView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateVendor", summary = "Replace a vendor's data (If-Match required)")
    public RestResponse<VendorView> update(@PathParam("id") UUID id, @NotNull @Valid VendorRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateVendor", summary = "Deactivate a vendor (nothing is physically deleted)")
    public void deactivate(@PathParam("id") UUID id) {
        service.deactivate(id);
    }
}

package io.fieldback.security.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import io.fieldback.security.Roles;

@Path("/api/v1/api-keys")
@Tag(name = "API keys")
@RolesAllowed(Roles.ADMIN)
class ApiKeyResource {

    private final ApiKeyService service;
    private final Idempotency idempotency;

    public ApiKeyResource(ApiKeyService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "createApiKey",
            summary = "Create an API key for a dealer system or survey vendor; the key is shown only in this response")
    public RestResponse<ApiKeyView> create(@NotNull @Valid ApiKeyRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api-keys", body, ApiKeyView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys (never their secrets)")
    public RestResponse<Page<ApiKeyView>> list(@QueryParam("dealerId") UUID dealerId,
            @QueryParam("vendorId") UUID vendorId, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(dealerId, vendorId, paging));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key (never its secret)")
    public RestResponse<ApiKeyView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key; it stops working at once")
    public void revoke(@PathParam("id") UUID id) {
        service.revoke(id);
    }
}

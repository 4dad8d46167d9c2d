package io.fieldback.complaint.internal;

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
import io.fieldback.complaint.DepartmentRequest;
import io.fieldback.complaint.DepartmentView;
import io.fieldback.security.Roles;

@Path("/api/v1/departments")
@Tag(name = "Complaints")
class DepartmentResource {

    private final Departments service;
    private final Idempotency idempotency;

    public DepartmentResource(Departments service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createDepartment", summary = "Register a department that answers for complaints, with its supervisor")
    public RestResponse<DepartmentView> create(@NotNull @Valid DepartmentRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /departments", body, DepartmentView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER })
    @Operation(operationId = "listDepartments", summary = "List departments")
    public RestResponse<Page<DepartmentView>> list(@QueryParam("code") String code,
            @QueryParam("active") Boolean active, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(code, active, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER })
    @Operation(operationId = "getDepartment", summary = "Get a department")
    public RestResponse<DepartmentView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateDepartment", summary = "Replace a department's data, e.g. a new supervisor (If-Match required)")
    public RestResponse<DepartmentView> update(@PathParam("id") UUID id, @NotNull @Valid DepartmentRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateDepartment", summary = "Deactivate a department: no new complaints are assigned to it")
    public void deactivate(@PathParam("id") UUID id) {
        service.deactivate(id);
    }
}

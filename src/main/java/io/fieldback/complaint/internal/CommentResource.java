package io.fieldback.complaint.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/complaints/{complaintId}/comments")
@Tag(name = "Complaints")
class CommentResource {

    private final CommentService service;
    private final Idempotency idempotency;

    public CommentResource(CommentService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.AGENT, Roles.DEALER })
    @Operation(operationId = "createComplaintComment", summary = "Comment on a complaint (dealers on their customers' complaints)")
    // a one-string record can also be read from text/plain, and an empty text body was a bare 400: JSON only
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ComplaintCommentView> create(@PathParam("complaintId") UUID complaintId,
            @NotNull @Valid CommentRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /complaints/" + complaintId + "/comments", body,
                ComplaintCommentView.class, () -> Responses.created(uri, service.create(complaintId, body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.AGENT, Roles.DEALER })
    @Operation(operationId = "listComplaintComments", summary = "List a complaint's comments, oldest first")
    public RestResponse<Page<ComplaintCommentView>> list(@PathParam("complaintId") UUID complaintId,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(complaintId, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.AGENT, Roles.DEALER })
    @Operation(operationId = "getComplaintComment", summary = "Get a comment on a complaint")
    public RestResponse<ComplaintCommentView> get(@PathParam("complaintId") UUID complaintId,
            @PathParam("id") UUID id) {
        return Responses.ok(service.get(complaintId, id));
    }
}

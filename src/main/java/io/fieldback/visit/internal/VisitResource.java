package io.fieldback.visit.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.ETags;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;
import io.fieldback.visit.AttachmentKind;
import io.fieldback.visit.AttachmentService;
import io.fieldback.visit.AttachmentView;
import io.fieldback.visit.CancelRequest;
import io.fieldback.visit.DispatchRequest;
import io.fieldback.visit.VisitEventRequest;
import io.fieldback.visit.VisitEventView;
import io.fieldback.visit.VisitRequest;
import io.fieldback.visit.VisitService;
import io.fieldback.visit.VisitStatus;
import io.fieldback.visit.VisitType;
import io.fieldback.visit.VisitView;

@Path("/api/v1/visits")
@Tag(name = "Visits")
public class VisitResource {


    private final VisitService visits;
    private final AttachmentService attachments;

    public VisitResource(VisitService visits, AttachmentService attachments) {
        this.visits = visits;
        this.attachments = attachments;
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.TECHNICIAN, Roles.DEALER })
    @Operation(operationId = "putVisit", summary = "Create a visit under the client's id, or update it",
            description = "Idempotent: repeating a PUT that is already stored answers 200 and changes nothing. "
                    + "Changing a stored visit needs If-Match. Status and times come from the visit's events.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "200", description = "Updated, or already as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public RestResponse<VisitView> put(@PathParam("id") UUID id, @NotNull @Valid VisitRequest body,
            @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        VisitService.Written written = visits.put(id, body, ifMatch);
        return written.created() ? RestResponse.ResponseBuilder.<VisitView>created(uri.getAbsolutePath())
                .entity(written.visit()).header(HttpHeaders.ETAG, ETags.of(written.visit().version())).build()
                : Responses.ok(written.visit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "getVisit", summary = "Get a visit, with its response time")
    public RestResponse<VisitView> get(@PathParam("id") UUID id) {
        return Responses.ok(visits.get(id));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "listVisits", summary = "List visits within the caller's tenancy",
            description = "from/to filter the request time (from inclusive, to exclusive).")
    public RestResponse<Page<VisitView>> list(@QueryParam("stationId") UUID stationId,
            @QueryParam("status") VisitStatus status, @QueryParam("type") VisitType type,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("customerId") UUID customerId, @QueryParam("technicianId") UUID technicianId,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        var criteria = new VisitService.Criteria(stationId, status, type, from, to, customerId, technicianId);
        return Responses.page(uri, visits.list(criteria, paging));
    }

    @POST
    @Path("{id}/events")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.TECHNICIAN })
    @Operation(operationId = "addVisitEvent", summary = "Append an event to a visit's timeline",
            description = "Events carry the client's id and the phone's clock: the same event twice is stored once, "
                    + "and the visit's state follows the events' times, not their arrival order.")
    @APIResponse(responseCode = "201", description = "Stored; the visit as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "200", description = "Already stored; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public RestResponse<VisitView> addEvent(@PathParam("id") UUID id, @NotNull @Valid VisitEventRequest body) {
        VisitService.Written written = visits.addEvent(id, body);
        return RestResponse.ResponseBuilder.<VisitView>create(written.created() ? 201 : 200).entity(written.visit())
                .header(HttpHeaders.ETAG, ETags.of(written.visit().version())).build();
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "listVisitEvents", summary = "A visit's timeline, in the order things happened")
    public List<VisitEventView> timeline(@PathParam("id") UUID id) {
        return visits.timeline(id);
    }

    @POST
    @Path("{id}/dispatch")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "dispatchVisit", summary = "Assign technicians of the visit's station")
    public RestResponse<VisitView> dispatch(@PathParam("id") UUID id, @NotNull @Valid DispatchRequest body) {
        return Responses.ok(visits.dispatch(id, body));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.DEALER })
    @Operation(operationId = "cancelVisit", summary = "Cancel a visit that is not completed")
    // a one-string record can also be read from text/plain, and an empty text body was a bare 400: JSON only
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<VisitView> cancel(@PathParam("id") UUID id, @NotNull @Valid CancelRequest body) {
        return Responses.ok(visits.cancel(id, body));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.TECHNICIAN })
    @Operation(operationId = "uploadVisitAttachment", summary = "Upload a photo, signature or document (JPEG, PNG, PDF)",
            description = "Send the file as the raw body. Its type is recognised from its content. Limit: "
                    + "fieldback.visits.attachment-max-bytes (10 MB by default).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public RestResponse<AttachmentView> upload(@PathParam("id") UUID id,
            @QueryParam("kind") @NotNull AttachmentKind kind, InputStream body, @Context UriInfo uri) {
        return Responses.created(uri, attachments.upload(id, kind, body));
    }

    @GET
    @Path("{id}/attachments")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "listVisitAttachments", summary = "List a visit's attachments")
    public List<AttachmentView> attachments(@PathParam("id") UUID id) {
        return attachments.list(id);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({ "image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "downloadVisitAttachment", summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        AttachmentService.Content content = attachments.open(id, attachmentId);
        StreamingOutput body = output -> {
            try (InputStream in = content.stream()) {
                in.transferTo(output);
            }
        };
        return Response.ok(body, content.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + attachmentId + extension(content) + "\"")
                .build();
    }

    private static String extension(AttachmentService.Content content) {
        return switch (content.attachment().contentType()) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
    }
}

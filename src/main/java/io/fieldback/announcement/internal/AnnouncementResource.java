package io.fieldback.announcement.internal;

import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.announcement.AnnouncementAttachmentView;
import io.fieldback.announcement.AnnouncementStatus;
import io.fieldback.announcement.AnnouncementView;
import io.fieldback.announcement.ReadReceiptView;
import io.fieldback.announcement.UnreadReport;
import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/announcements")
@Tag(name = "Announcements")
class AnnouncementResource {

    private final AnnouncementService announcements;
    private final ReceiptService receipts;
    private final AnnouncementFiles files;
    private final Idempotency idempotency;

    AnnouncementResource(AnnouncementService announcements, ReceiptService receipts, AnnouncementFiles files,
            Idempotency idempotency) {
        this.announcements = announcements;
        this.receipts = receipts;
        this.files = files;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "createAnnouncement", summary = "Write a DRAFT notice to all stations or a selection (admin, handler, warranty analyst)",
            description = "Addressees: allStations, or any of dealers, regions and product series (a station matching "
                    + "any one is addressed; a product series reaches the stations that have serviced a machine of it). "
                    + "A mandatory notice needs a due date; a due date may not be in the past.")
    public RestResponse<AnnouncementView> create(@NotNull @Valid AnnouncementRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /announcements", body, AnnouncementView.class,
                () -> Responses.created(uri, announcements.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "listAnnouncements", summary = "List announcements: staff all of them; a station or dealer the published and withdrawn ones that reached it")
    public RestResponse<Page<AnnouncementView>> list(@QueryParam("status") AnnouncementStatus status,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, announcements.list(status, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "getAnnouncement", summary = "Get an announcement with its documents (404 to a station it did not reach)")
    public RestResponse<AnnouncementView> get(@PathParam("id") UUID id) {
        return Responses.ok(announcements.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "updateAnnouncement", summary = "Replace a DRAFT's text, kind, due date and addressees (If-Match required; admin, handler, warranty analyst)",
            description = "Checked as on creation (400). 409 once it is published or withdrawn: what went out stays as it went.")
    public RestResponse<AnnouncementView> update(@PathParam("id") UUID id, @NotNull @Valid AnnouncementRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(announcements.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "deleteAnnouncement", summary = "Delete a DRAFT with its documents (admin, handler, warranty analyst)",
            description = "409 once it is published or withdrawn: withdraw a published one instead.")
    public void delete(@PathParam("id") UUID id) {
        files.delete(id);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "publishAnnouncement", summary = "Publish a DRAFT: the stations it reaches are fixed now (admin, handler, warranty analyst)",
            description = "A station that joins a dealer or region later is not addressed by it. Records an "
                    + "announcement.published event. 409 when it is not a draft, its due date has passed, or it "
                    + "reaches no active station.")
    public RestResponse<AnnouncementView> publish(@PathParam("id") UUID id) {
        return Responses.ok(announcements.publish(id));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "withdrawAnnouncement", summary = "Withdraw a PUBLISHED announcement: still listed to its stations, read receipts kept, no new reads")
    public RestResponse<AnnouncementView> withdraw(@PathParam("id") UUID id) {
        return Responses.ok(announcements.withdraw(id));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "uploadAnnouncementAttachment", summary = "Attach a document (PDF, JPEG, PNG) to a DRAFT",
            description = "Send the file as the raw body; its type is recognised from its content. Limit: "
                    + "fieldback.announcements.attachment-max-bytes (20 MB by default).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnouncementAttachmentView.class)))
    public Response upload(@PathParam("id") UUID id,
            @QueryParam("fileName") @NotNull @Size(min = 1, max = 200) @Pattern(regexp = "[^/\\\\\"\\r\\n]+") String fileName,
            InputStream body, @Context UriInfo uri) {
        AnnouncementAttachmentView view = files.upload(id, fileName, body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view)
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({ "image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.STATION_MANAGER, Roles.TECHNICIAN,
            Roles.DEALER })
    @Operation(operationId = "downloadAnnouncementAttachment", summary = "Download a document of an announcement")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        AnnouncementFiles.Content content = files.open(id, attachmentId);
        StreamingOutput body = output -> {
            try (InputStream in = content.stream()) {
                in.transferTo(output);
            }
        };
        return Response.ok(body, content.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + content.attachment().fileName() + "\"")
                .build();
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({ Roles.STATION_MANAGER, Roles.TECHNICIAN, Roles.DEALER })
    @Operation(operationId = "readAnnouncement", summary = "Confirm you read a PUBLISHED announcement (station manager, technician, dealer); again keeps the first time")
    public ReadReceiptView read(@PathParam("id") UUID id) {
        return receipts.read(id);
    }

    @GET
    @Path("{id}/receipts")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.DEALER })
    @Operation(operationId = "listAnnouncementReceipts", summary = "Who read it and when, one receipt per reader (a dealer: its own stations')")
    public RestResponse<Page<ReadReceiptView>> receipts(@PathParam("id") UUID id,
            @QueryParam("stationId") UUID stationId, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, receipts.receipts(id, stationId, paging));
    }

    @GET
    @Path("{id}/unread")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "listAnnouncementUnread", summary = "The addressed stations none of whose people read it by its due date (admin, handler, warranty analyst)")
    public UnreadReport unread(@PathParam("id") UUID id) {
        return receipts.unread(id);
    }
}

package io.fieldback.survey.internal;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;
import io.fieldback.survey.SurveyBatchStatus;
import io.fieldback.survey.SurveyBatchView;
import io.fieldback.survey.SurveyRejectionView;

@Path("/api/v1/survey-batches")
@Tag(name = "Survey uploads")
public class SurveyBatchResource {

    private final UploadService uploads;
    private final BatchQueries service;

    public SurveyBatchResource(UploadService uploads, BatchQueries service) {
        this.uploads = uploads;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.VENDOR)
    @Operation(operationId = "uploadSurveyBatch", summary = "Upload a file of survey results (CSV or JSON, up to 200 MB)",
            description = "The body is the file itself: `text/csv` (a header row, then one row per interview) or "
                    + "`application/json` (an array of row objects), UTF-8 with or without BOM, or GB18030/GBK when the "
                    + "Content-Type says `charset=GB18030`. The file is checked through once (header, structure, at least "
                    + "one row) and answered 202 with the queued batch; rows are then validated and stored in the "
                    + "background. The same batchId with the same content is a replay (202 with the existing batch); "
                    + "with other content 409. See the README, \"Survey uploads\", for the columns.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = Examples.CSV)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = SurveyRowExample.class),
                    examples = @ExampleObject(name = "json", value = Examples.JSON)) })
    @APIResponse(responseCode = "202", description = "Queued (or a replay of an earlier upload); follow it at Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyBatchView.class)))
    @APIResponse(responseCode = "409", description = "This batch id was uploaded before with other content",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The file is larger than fieldback.survey.max-upload-bytes",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not CSV or JSON, an unsupported charset, or binary content",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<SurveyBatchView> upload(@BeanParam UploadQuery query,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body, @Context UriInfo uri) {
        UploadService.Accepted accepted = uploads.upload(query.batchId, query.questionnaireVersion, contentType, body);
        URI location = uri.getBaseUriBuilder().path("api/v1/survey-batches").path(accepted.batch().id().toString()).build();
        return RestResponse.ResponseBuilder.<SurveyBatchView>create(RestResponse.Status.ACCEPTED)
                .entity(accepted.batch()).location(location)
                .header(HttpHeaders.ETAG, ETags.of(accepted.batch().version()))
                .header("X-Replay", String.valueOf(accepted.replay())).build();
    }

    /**
     * The JSON upload as an operation of its own: code generators (openapi-generator's Java client among
     * them) send the first media type of an operation only, so on the shared path JSON was out of reach.
     */
    @POST
    @Path("json")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.VENDOR)
    @Operation(operationId = "uploadSurveyBatchJson", summary = "Upload survey results as JSON (an array of rows)",
            description = "The same upload as POST /api/v1/survey-batches with an `application/json` body, as an "
                    + "operation of its own so generated clients can send JSON (they send an operation's first "
                    + "media type only). Rows, checks, replays and answers are the same.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.ARRAY, implementation = SurveyRowExample.class),
            examples = @ExampleObject(name = "json", value = Examples.JSON)))
    @APIResponse(responseCode = "202", description = "Queued (or a replay of an earlier upload); follow it at Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyBatchView.class)))
    @APIResponse(responseCode = "409", description = "This batch id was uploaded before with other content",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The file is larger than fieldback.survey.max-upload-bytes",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not JSON, an unsupported charset, or binary content",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<SurveyBatchView> uploadJson(@BeanParam UploadQuery query,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body, @Context UriInfo uri) {
        if (contentType != null && !contentType.toLowerCase().startsWith(MediaType.APPLICATION_JSON)) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported media type",
                    "this upload takes application/json; send CSV to POST /api/v1/survey-batches", null);
        }
        return upload(query, contentType == null ? MediaType.APPLICATION_JSON : contentType,
                body, uri);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.VENDOR })
    @Operation(operationId = "listSurveyBatches", summary = "List uploaded batches (a vendor sees only its own)")
    public RestResponse<Page<SurveyBatchView>> list(@QueryParam("vendorId") UUID vendorId,
            @QueryParam("status") SurveyBatchStatus status, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(vendorId, status, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.VENDOR })
    @Operation(operationId = "getSurveyBatch", summary = "Get a batch and the progress of its import")
    public RestResponse<SurveyBatchView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @GET
    @Path("{id}/rejections")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.VENDOR })
    @Operation(operationId = "listSurveyBatchRejections",
            summary = "List why rows were rejected: line, field and reason, in file order (paged)")
    public RestResponse<Page<SurveyRejectionView>> rejections(@PathParam("id") UUID id, @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(uri, service.rejections(id, paging));
    }

    @GET
    @Path("{id}/rejections.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.VENDOR })
    @Operation(operationId = "downloadSurveyBatchRejections",
            summary = "Download every rejection of a batch as CSV (line, row, rowId, field, reason)")
    @APIResponse(responseCode = "200", description = "The rejections, UTF-8 CSV with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response rejectionsCsv(@PathParam("id") UUID id) {
        return Response.ok(service.rejectionsCsv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rejections-" + id + ".csv\"").build();
    }
}

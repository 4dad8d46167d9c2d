package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;

@Path("/api/v1/followups/samples")
@Tag(name = "Follow-up calls")
public class SampleResource {

    private final SamplingService sampling;
    private final Caller caller;

    public SampleResource(SamplingService sampling, Caller caller) {
        this.sampling = sampling;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "drawFollowUpSample", summary = "Draw a day's sample now (sampling mode only)",
            description = "The scheduler draws each day's sample by itself (fieldback.followup.sampling.cron); this "
                    + "draws it earlier or with another size. From the calls waiting for a sample and due by the end of "
                    + "the day, draws the size in proportion to relationship type (largest remainder); the others "
                    + "become NOT_SAMPLED. One sample per day: a second draw is 409. Not idempotent by key: the day is the key.")
    @APIResponse(responseCode = "201", description = "Drawn",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SampleView.class)))
    public RestResponse<SampleView> draw(@Valid SampleRequest body, @Context UriInfo uri) {
        SampleRequest request = body == null ? new SampleRequest(null, null) : body;
        SampleView sample = sampling.draw(request.date(), request.size(), caller.name());
        URI location = uri.getAbsolutePathBuilder().path(sample.date().toString()).build();
        return RestResponse.ResponseBuilder.<SampleView>created(location).entity(sample).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT })
    @Operation(operationId = "listFollowUpSamples", summary = "List the days' samples, oldest first")
    public RestResponse<Page<SampleView>> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, sampling.list(paging));
    }

    @GET
    @Path("{date}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT })
    @Operation(operationId = "getFollowUpSample", summary = "A day's sample and its proportions",
            description = "The calls it drew: GET /api/v1/followups?sampleDate={date}&status=OPEN (and the other statuses).")
    public SampleView get(@PathParam("date") LocalDate date) {
        return sampling.get(date);
    }
}

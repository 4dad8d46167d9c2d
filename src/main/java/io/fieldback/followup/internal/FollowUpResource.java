package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.ETags;
import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/followups")
@Tag(name = "Follow-up calls")
public class FollowUpResource {

    private final FollowUpService calls;
    private final CallQueue queue;
    private final AttemptService attempts;
    private final Idempotency idempotency;

    public FollowUpResource(FollowUpService calls, CallQueue queue, AttemptService attempts, Idempotency idempotency) {
        this.calls = calls;
        this.queue = queue;
        this.attempts = attempts;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "createFollowUp", summary = "Create a follow-up call by hand, for any customer",
            description = "Goes to the preferred contact. Only do-not-call or a missing contact make it NOT_ELIGIBLE "
                    + "(the answer is still 201, with the reason); sampling does not apply. A visit has at most one call (409).")
    public RestResponse<FollowUpView> create(@NotNull @Valid FollowUpRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /followups", body, FollowUpView.class,
                () -> Responses.created(uri, calls.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER })
    @Operation(operationId = "listFollowUps", summary = "List follow-up calls",
            description = "flagged=true: perfunctory calls whose flag stands; flagged=false: all others. dueFrom is "
                    + "inclusive, dueTo exclusive. Phone numbers are masked except for agents and admins.")
    public RestResponse<Page<FollowUpView>> list(@QueryParam("status") FollowUpStatus status,
            @QueryParam("customerId") UUID customerId, @QueryParam("visitId") UUID visitId,
            @QueryParam("productLine") String productLine, @QueryParam("flagged") Boolean flagged,
            @QueryParam("sampleDate") LocalDate sampleDate, @QueryParam("dueFrom") Instant dueFrom,
            @QueryParam("dueTo") Instant dueTo, @QueryParam("complaintId") UUID complaintId,
            @QueryParam("purpose") CallPurpose purpose, @BeanParam PageParams paging, @Context UriInfo uri) {
        var criteria = new FollowUpService.Criteria(status, customerId, visitId, productLine, flagged, sampleDate,
                dueFrom, dueTo, complaintId, purpose);
        return Responses.page(uri, calls.list(criteria, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER })
    @Operation(operationId = "getFollowUp", summary = "Get a follow-up call with its attempts and answers")
    public RestResponse<FollowUpView> get(@PathParam("id") UUID id) {
        return Responses.ok(calls.get(id));
    }

    @POST
    @Path("next")
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "claimNextFollowUp", summary = "Claim the next due call (the agents' queue)",
            description = "Atomically hands the calling agent the next due call inside its contact's call window, "
                    + "calls of the agent's product lines first. The claim lasts fieldback.followup.claim-timeout; "
                    + "without an attempt by then the call returns to the queue. An agent holding a live claim gets "
                    + "that call again. 204 when nothing is due.")
    @APIResponse(responseCode = "200", description = "The claimed call",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "204", description = "No call is due now")
    public RestResponse<FollowUpView> next() {
        FollowUpView call = queue.next();
        return call == null ? RestResponse.noContent() : Responses.ok(call);
    }

    @POST
    @Path("{id}/attempts")
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(operationId = "recordFollowUpAttempt", summary = "Record an attempt to reach the customer",
            description = "NO_ANSWER and BUSY count towards fieldback.followup.max-attempts (then UNREACHABLE) and must "
                    + "be spaced by fieldback.followup.attempt-interval (409 otherwise); WRONG_NUMBER closes the call as "
                    + "UNREACHABLE, REFUSED as REFUSED; CALLBACK_REQUESTED needs callbackAt; COMPLETED needs the answers, "
                    + "which are checked against their questionnaire version, screened and escalated. A closed call, or "
                    + "one another agent holds, answers 409. Answers with the call as it now stands.")
    @APIResponse(responseCode = "201", description = "Recorded; the call as it now stands",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FollowUpView.class)))
    public RestResponse<FollowUpView> attempt(@PathParam("id") UUID id, @NotNull @Valid AttemptRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /followups/" + id + "/attempts", body, FollowUpView.class, () -> {
            FollowUpView call = attempts.record(id, body);
            return RestResponse.ResponseBuilder.<FollowUpView>create(201).entity(call)
                    .header(HttpHeaders.ETAG, ETags.of(call.version())).build();
        });
    }

    @POST
    @Path("{id}/screening/clear")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(operationId = "clearFollowUpScreening", summary = "Clear a perfunctory flag, giving the reason",
            description = "For supervisors (analysts/managers and admins). The call and the flag's history stay stored.")
    // a one-string record can also be read from text/plain, and an empty text body was a bare 400: JSON only
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<FollowUpView> clearScreening(@PathParam("id") UUID id,
            @NotNull @Valid ClearScreeningRequest body) {
        return Responses.ok(calls.clearScreening(id, body));
    }
}

package io.fieldback.complaint.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.ApiException;
import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.complaint.Category;
import io.fieldback.complaint.ComplaintFigures;
import io.fieldback.complaint.ComplaintRequest;
import io.fieldback.complaint.ComplaintService;
import io.fieldback.complaint.ComplaintStatus;
import io.fieldback.complaint.ComplaintSummary;
import io.fieldback.complaint.ComplaintView;
import io.fieldback.complaint.InvestigationRequest;
import io.fieldback.complaint.Severity;
import io.fieldback.complaint.TransitionRequest;
import io.fieldback.security.Roles;

@Path("/api/v1/complaints")
@Tag(name = "Complaints")
class ComplaintResource {

    private static final String PROBLEM = "application/problem+json";

    private final ComplaintRegistry service;
    private final WorkflowService workflow;
    private final MonthlyFigures figures;
    private final Idempotency idempotency;

    public ComplaintResource(ComplaintRegistry service, WorkflowService workflow, MonthlyFigures figures,
            Idempotency idempotency) {
        this.service = service;
        this.workflow = workflow;
        this.figures = figures;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.AGENT, Roles.DEALER })
    @Operation(operationId = "createComplaint", summary = "Take in a complaint and start its deadline clocks (repeats are linked as duplicates)")
    public RestResponse<ComplaintView> create(@NotNull @Valid ComplaintRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /complaints", body, ComplaintView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.AGENT, Roles.DEALER })
    @Operation(operationId = "listComplaints", summary = "List complaints within the caller's tenancy")
    public RestResponse<Page<ComplaintSummary>> list(@QueryParam("status") ComplaintStatus status,
            @QueryParam("category") Category category, @QueryParam("severity") Severity severity,
            @QueryParam("customerId") UUID customerId,
            @QueryParam("overdue") @Parameter(description = "true: a deadline is running past due; false: none is")
            Boolean overdue,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        ComplaintService.Criteria criteria = new ComplaintService.Criteria(status, category, severity, customerId,
                overdue);
        return Responses.page(uri, service.list(criteria, paging));
    }

    @GET
    @Path("figures")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER })
    @Operation(operationId = "getComplaintFigures", summary = "A month's on-time rates, Pareto of categories, mean time to close and recurrences")
    public ComplaintFigures figures(
            @QueryParam("month") @Parameter(description = "YYYY-MM", required = true, example = "2026-11") String month) {
        if (month == null || month.isBlank()) {
            throw ApiException.badRequest("month", "required, as YYYY-MM");
        }
        try {
            return figures.figures(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("month", "'" + month + "' is not a month as YYYY-MM");
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.AGENT, Roles.DEALER })
    @Operation(operationId = "getComplaint", summary = "Get a complaint with its clocks, escalations and history")
    public RestResponse<ComplaintView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER })
    @Operation(operationId = "transitionComplaint", summary = "Take a workflow step (409 names the allowed ones; If-Match optional)")
    @APIResponse(responseCode = "200", description = "The complaint after the step, with its new ETag")
    @APIResponse(responseCode = "409", description = "The workflow does not allow this step from the current status "
            + "(the problem names the allowed ones), or the step lacks what it needs (the problem lists it)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public RestResponse<ComplaintView> transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(workflow.transition(id, body, ifMatch));
    }

    @PUT
    @Path("{id}/investigation")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER })
    @Operation(operationId = "recordComplaintInvestigation", summary = "Record root cause, department, fault origin and countermeasures (If-Match required)")
    @APIResponse(responseCode = "200", description = "The complaint with its investigation, and its new ETag")
    @APIResponse(responseCode = "409", description = "The complaint is closed; reopen it first",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public RestResponse<ComplaintView> investigation(@PathParam("id") UUID id,
            @NotNull @Valid InvestigationRequest body, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(workflow.recordInvestigation(id, body, ifMatch));
    }

    @PUT
    @Path("{id}/compensation")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER })
    @Operation(operationId = "approveComplaintCompensation", summary = "Approve compensation within the caller's limit (422 above it; If-Match required)")
    @APIResponse(responseCode = "200", description = "The complaint with its compensation, and its new ETag")
    @APIResponse(responseCode = "422", description = "The amount is above the limit of the caller's role, or in a "
            + "currency only an approver without a limit may approve",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public RestResponse<ComplaintView> compensation(@PathParam("id") UUID id,
            @NotNull @Valid CompensationRequest body, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(workflow.approveCompensation(id, body, ifMatch));
    }

    @PUT
    @Path("{id}/second-satisfaction")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.AGENT })
    @Operation(operationId = "recordSecondSatisfaction", summary = "Record the answer of the call made after closure (If-Match required)")
    @APIResponse(responseCode = "200", description = "The complaint with the answer, and its new ETag")
    @APIResponse(responseCode = "409", description = "The complaint is not closed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public RestResponse<ComplaintView> secondSatisfaction(@PathParam("id") UUID id,
            @NotNull @Valid SecondSatisfactionRequest body, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(workflow.recordSecondSatisfaction(id, body, ifMatch));
    }
}

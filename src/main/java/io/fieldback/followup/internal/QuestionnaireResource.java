package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/followups/questionnaires")
@Tag(name = "Follow-up calls")
public class QuestionnaireResource {

    private final QuestionnaireService service;
    private final Idempotency idempotency;

    public QuestionnaireResource(QuestionnaireService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createQuestionnaire", summary = "Create the next questionnaire version",
            description = "It becomes the current version. Item types: YES_NO, SCALE_1_5, SCALE_0_10, GRADE (options, "
                    + "best first) and FREE_TEXT. Versions never change once created.")
    public RestResponse<QuestionnaireView> create(@NotNull @Valid QuestionnaireRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /followups/questionnaires", body, QuestionnaireView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER })
    @Operation(operationId = "listQuestionnaires", summary = "List questionnaire versions, oldest first")
    public RestResponse<Page<QuestionnaireView>> list(@QueryParam("version") Integer version,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(version, paging));
    }

    @GET
    @Path("current")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER })
    @Operation(operationId = "getCurrentQuestionnaire", summary = "The questionnaire version agents are given now",
            description = "purpose: the calls it is for (default FIRST_FOLLOW_UP); AFTER_DELIVERY calls have their own.")
    public RestResponse<QuestionnaireView> current(@QueryParam("purpose") CallPurpose purpose) {
        return Responses.ok(service.current(purpose));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER })
    @Operation(operationId = "getQuestionnaire", summary = "Get a questionnaire version")
    public RestResponse<QuestionnaireView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }
}

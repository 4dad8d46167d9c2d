package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/followups/escalations")
@Tag(name = "Follow-up calls")
public class EscalationResource {

    private final EscalationService escalations;

    public EscalationResource(EscalationService escalations) {
        this.escalations = escalations;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.ANALYST })
    @Operation(operationId = "listFollowUpEscalations", summary = "Problems raised on follow-up calls (complaint drafts)",
            description = "A product line's handlers filter by productLine.")
    public RestResponse<Page<EscalationView>> list(@QueryParam("productLine") String productLine,
            @QueryParam("severity") Severity severity, @QueryParam("customerId") UUID customerId,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, escalations.list(productLine, severity, customerId, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.ANALYST })
    @Operation(operationId = "getFollowUpEscalation", summary = "Get an escalation")
    public EscalationView get(@PathParam("id") UUID id) {
        return escalations.get(id);
    }
}

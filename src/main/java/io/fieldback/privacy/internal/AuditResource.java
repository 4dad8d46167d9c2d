package io.fieldback.privacy.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.privacy.AuditAction;
import io.fieldback.security.Roles;

/** The audit log, read-only: there is no operation that changes or deletes an event. */
@Path("/api/v1/audit-events")
@Tag(name = "Personal data")
class AuditResource {

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "Read the audit log (admins), oldest first",
            description = "Who read personal data in clear, who changed it, erasures, and every admin request that "
                    + "was not a read. Filters combine; from is inclusive, to exclusive.")
    public RestResponse<Page<AuditEventView>> list(
            @QueryParam("subject") @Size(max = 200) @Parameter(description = "the caller, e.g. a token's subject or apikey:<keyId>") String subject,
            @QueryParam("action") AuditAction action,
            @QueryParam("resourceType") @Size(max = 32) @Parameter(description = "customer, contact, followup, complaint, or an admin action's collection (e.g. stations)") String resourceType,
            @QueryParam("resourceId") UUID resourceId,
            @QueryParam("customerId") @Parameter(description = "events about this customer's personal data") UUID customerId,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(
                new AuditService.Criteria(subject, action, resourceType, resourceId, customerId, from, to), paging));
    }
}

package io.fieldback.notification.internal;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.notification.SnapshotView;
import io.fieldback.notification.SubscriptionView;
import io.fieldback.notification.internal.ReportService.SubscriptionRequest;
import io.fieldback.security.Roles;

@Path("/api/v1")
@Tag(name = "Weekly report distribution")
class ReportResource {

    private final ReportService service;
    private final ReportLinks links;

    ReportResource(ReportService service, ReportLinks links) {
        this.service = service;
        this.links = links;
    }

    @GET
    @Path("report-subscriptions")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(operationId = "listReportSubscriptions", summary = "Who gets the weekly report by e-mail")
    public RestResponse<Page<SubscriptionView>> subscriptions(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.subscriptions(paging));
    }

    @POST
    @Path("report-subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createReportSubscription", summary = "E-mail the weekly report to an address, by role, department or dealer",
            description = "ROLE and DEPARTMENT subscribers get the network's report, a DEALER its own stations'. Admin only.")
    public RestResponse<SubscriptionView> subscribe(@NotNull @Valid SubscriptionRequest body, @Context UriInfo uri) {
        return Responses.created(uri, service.subscribe(body));
    }

    @DELETE
    @Path("report-subscriptions/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteReportSubscription", summary = "Stop e-mailing the weekly report to this subscription")
    public void unsubscribe(@PathParam("id") UUID id) {
        service.unsubscribe(id);
    }

    @GET
    @Path("report-snapshots")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(operationId = "listReportSnapshots", summary = "Weekly reports as they were frozen and sent")
    public RestResponse<Page<SnapshotView>> snapshots(@QueryParam("week") String week,
            @QueryParam("dealerId") UUID dealerId, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.snapshots(week, dealerId, paging));
    }

    @GET
    @Path("report-snapshots/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(operationId = "getReportSnapshot", summary = "One frozen weekly report")
    public RestResponse<SnapshotView> snapshot(@PathParam("id") UUID id) {
        return Responses.ok(service.snapshot(id));
    }

    @GET
    @Path("report-snapshots/{id}/csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(operationId = "getReportSnapshotCsv", summary = "The CSV exactly as it was attached to the e-mail")
    public Response csv(@PathParam("id") UUID id) {
        return Response.ok(service.csv(id), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"weekly-report-" + service.week(id) + ".csv\"").build();
    }

    @GET
    @Path("report-snapshots/{id}/page")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(operationId = "getReportSnapshotPage", summary = "The frozen report's HTML page, opened from the e-mailed link (no bearer token)",
            description = "Needs the link's expires and signature; a missing, wrong or expired one is 401.")
    public String page(@PathParam("id") UUID id, @QueryParam("expires") Long expires,
            @QueryParam("signature") String signature) {
        links.verify(id, expires, signature);
        return service.html(id);
    }
}

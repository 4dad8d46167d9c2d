package io.fieldback.notification.internal;

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
import io.fieldback.notification.NotificationStatus;
import io.fieldback.notification.NotificationView;
import io.fieldback.security.Roles;

@Path("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationResource {

    private final NotificationService service;
    private final FiguresService figures;

    NotificationResource(NotificationService service, FiguresService figures) {
        this.service = service;
        this.figures = figures;
    }

    @GET
    @Path("figures")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT })
    @Operation(operationId = "getNotificationFigures", summary = "Sent / delivered / failed per channel and topic, cost per channel, opt-out rate",
            description = "Messages made in [from, to); cost = sent x the channel's price setting. The opt-out rate is network-wide, as of now.")
    public io.fieldback.notification.NotificationFigures figures(@QueryParam("from") java.time.Instant from,
            @QueryParam("to") java.time.Instant to) {
        return figures.figures(from, to);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "listNotifications", summary = "Messages to customers, oldest first, with their state and its reason")
    public RestResponse<Page<NotificationView>> list(@QueryParam("customerId") UUID customerId,
            @QueryParam("contactId") UUID contactId, @QueryParam("topic") String topic,
            @QueryParam("status") NotificationStatus status, @QueryParam("eventId") UUID eventId,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, service.list(
                new NotificationService.Criteria(customerId, contactId, topic, status, eventId), paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "getNotification", summary = "One message: state, reason, channel, the text as sent")
    public RestResponse<NotificationView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }
}

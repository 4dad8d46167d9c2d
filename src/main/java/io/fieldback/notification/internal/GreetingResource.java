package io.fieldback.notification.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Idempotency;
import io.fieldback.common.Responses;
import io.fieldback.notification.NotificationCampaignView;
import io.fieldback.security.Roles;

@Path("/api/v1/notification-campaigns")
@Tag(name = "Notifications")
class GreetingResource {

    private final GreetingService greetings;
    private final Idempotency idempotency;

    GreetingResource(GreetingService greetings, Idempotency idempotency) {
        this.greetings = greetings;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "createNotificationCampaign", summary = "Send greetings to a customer segment within a send window, at a rate (admin, agent)",
            description = "One message per customer of the segment, to its preferred contact, spaced evenly from sendFrom at "
                    + "ratePerMinute and expiring at sendUntil. 400 without a send window, with an unknown topic, a payload "
                    + "missing a field of the topic, or more messages than the window holds at the rate.")
    public RestResponse<NotificationCampaignView> create(@NotNull @Valid GreetingRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /notification-campaigns", body, NotificationCampaignView.class,
                () -> Responses.created(uri, greetings.create(body)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "getNotificationCampaign", summary = "A greeting campaign and its messages by state (admin, agent)")
    public RestResponse<NotificationCampaignView> get(@PathParam("id") UUID id) {
        return Responses.ok(greetings.get(id));
    }
}

package io.fieldback.notification.internal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.Responses;
import io.fieldback.notification.TemplateView;
import io.fieldback.notification.TopicView;
import io.fieldback.notification.internal.TopicRequests.TemplateRequest;
import io.fieldback.notification.internal.TopicRequests.TopicRequest;
import io.fieldback.security.Roles;

@Path("/api/v1")
@Tag(name = "Notifications")
class TopicResource {

    private final TopicService service;

    TopicResource(TopicService service) {
        this.service = service;
    }

    @GET
    @Path("notification-topics")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "listNotificationTopics", summary = "The event topics that become customer messages, with their rules")
    public List<TopicView> list() {
        return service.list();
    }

    @GET
    @Path("notification-topics/{topic}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "getNotificationTopic", summary = "One topic's rules")
    public RestResponse<TopicView> get(@PathParam("topic") String topic) {
        return Responses.ok(service.get(topic));
    }

    @PUT
    @Path("notification-topics/{topic}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putNotificationTopic", summary = "Turn a domain-event topic into customer messages, or change its rules",
            description = "Any topic whose events carry a customerId in their payload (visit.completed, booking.confirmed, "
                    + "dispatch.en-route, maintenance.reminder...). Changing an existing topic needs If-Match. Admin only.")
    public RestResponse<TopicView> put(@PathParam("topic") String topic, @NotNull @Valid TopicRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.put(topic, body, ifMatch));
    }

    @GET
    @Path("notification-topics/{topic}/templates")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "listNotificationTemplates", summary = "Every version of a topic's templates")
    public List<TemplateView> templates(@PathParam("topic") String topic) {
        return service.templates(topic);
    }

    @GET
    @Path("notification-templates/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "getNotificationTemplate", summary = "One version of a template")
    public RestResponse<TemplateView> template(@PathParam("id") java.util.UUID id) {
        return Responses.ok(service.template(id));
    }

    @POST
    @Path("notification-templates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createNotificationTemplate", summary = "A new version of a topic's text for a channel and locale (Qute syntax)",
            description = "Placeholders may name the topic's fields and contactName; any other is a 400 here, not at send time. "
                    + "SMS and WeChat need the provider's approved template id. Admin only.")
    public RestResponse<TemplateView> createTemplate(@NotNull @Valid TemplateRequest body, @Context UriInfo uri) {
        return Responses.created(uri, service.createTemplate(body));
    }
}

package io.fieldback.notification.internal;

import java.util.List;
import java.util.UUID;

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
import io.fieldback.notification.ContactProfileView;
import io.fieldback.notification.IdentityView;
import io.fieldback.notification.PreferenceView;
import io.fieldback.notification.internal.ContactRequests.IdentityRequest;
import io.fieldback.notification.internal.ContactRequests.PreferenceRequest;
import io.fieldback.notification.internal.ContactRequests.ProfileRequest;
import io.fieldback.security.Roles;

@Path("/api/v1/notification-contacts/{contactId}")
@Tag(name = "Notifications")
class ContactChannelResource {

    private final ContactChannelService service;

    ContactChannelResource(ContactChannelService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "getNotificationContact", summary = "A contact's messaging profile (time zone, locale, bad-number flag)")
    public RestResponse<ContactProfileView> profile(@PathParam("contactId") UUID contactId) {
        return Responses.ok(service.profile(contactId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "putNotificationContact", summary = "Set a contact's time zone and locale (If-Match once it exists)")
    public RestResponse<ContactProfileView> putProfile(@PathParam("contactId") UUID contactId,
            @NotNull @Valid ProfileRequest body, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.putProfile(contactId, body, ifMatch));
    }

    @GET
    @Path("identities")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "listChannelIdentities", summary = "Where a contact is reached: phone, WeChat openid (with credits), push tokens, e-mail")
    public List<IdentityView> identities(@PathParam("contactId") UUID contactId) {
        return service.identities(contactId);
    }

    @POST
    @Path("identities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "addChannelIdentity", summary = "Register a phone (E.164), WeChat openid, push token or e-mail address",
            description = "201 when new; 200 when the address was known (it is active again, WeChat credits replaced).")
    public RestResponse<IdentityView> addIdentity(@PathParam("contactId") UUID contactId,
            @NotNull @Valid IdentityRequest body, @Context UriInfo uri) {
        ContactChannelService.Created<IdentityView> result = service.addIdentity(contactId, body);
        return result.created() ? Responses.created(uri, result.view()) : Responses.ok(result.view());
    }

    @GET
    @Path("preferences")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "listNotificationPreferences", summary = "A contact's opt-outs (and opt-ins) per channel and topic")
    public List<PreferenceView> preferences(@PathParam("contactId") UUID contactId) {
        return service.preferences(contactId);
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT })
    @Operation(operationId = "putNotificationPreference", summary = "Opt a contact out of (or back into) a channel for a topic, or for every topic (*)",
            description = "The customer's latest word wins, so no If-Match. Pending messages it concerns are suppressed when they come to be sent.")
    public RestResponse<PreferenceView> putPreference(@PathParam("contactId") UUID contactId,
            @NotNull @Valid PreferenceRequest body) {
        return Responses.ok(service.putPreference(contactId, body));
    }
}

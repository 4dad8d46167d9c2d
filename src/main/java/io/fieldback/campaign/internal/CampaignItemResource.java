package io.fieldback.campaign.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.campaign.CampaignItemView;
import io.fieldback.campaign.internal.Requests.OutcomeRequest;
import io.fieldback.campaign.internal.Requests.VisitLinkRequest;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/campaign-items")
@Tag(name = "Campaigns")
class CampaignItemResource {

    private final ItemService items;

    CampaignItemResource(ItemService items) {
        this.items = items;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "getCampaignItem", summary = "Get a campaign item (admin, analyst, handler, warranty analyst, dealer, station manager)")
    public RestResponse<CampaignItemView> get(@PathParam("id") UUID id) {
        return Responses.ok(items.get(id));
    }

    @POST
    @Path("{id}/outcome")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.DEALER })
    @Operation(operationId = "closeCampaignItem", summary = "Close an open item as NOT_REACHABLE or NOT_APPLICABLE, with the reason (admin, handler, dealer)",
            description = "400 for another state (DONE comes from a campaign visit); 409 when the item is closed.")
    public RestResponse<CampaignItemView> close(@PathParam("id") UUID id, @NotNull @Valid OutcomeRequest body) {
        return Responses.ok(items.close(id, body));
    }

    @POST
    @Path("{id}/visit")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.DEALER })
    @Operation(operationId = "linkCampaignItemVisit", summary = "Close an open item as DONE by a completed visit of its machine (admin, handler, dealer)",
            description = "For a visit that did several campaigns at once (a campaign visit closes the item whose "
                    + "deadline comes first by itself). 400 when the visit is unknown, not completed or made on "
                    + "another machine; 409 when the item is closed.")
    public RestResponse<CampaignItemView> linkVisit(@PathParam("id") UUID id, @NotNull @Valid VisitLinkRequest body) {
        return Responses.ok(items.linkVisit(id, body.visitId()));
    }
}

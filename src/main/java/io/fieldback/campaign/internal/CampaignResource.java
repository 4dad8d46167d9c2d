package io.fieldback.campaign.internal;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.campaign.CampaignFigures;
import io.fieldback.campaign.CampaignItemView;
import io.fieldback.campaign.CampaignView;
import io.fieldback.campaign.ItemState;
import io.fieldback.campaign.internal.Requests.CampaignRequest;
import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns")
class CampaignResource {

    private final CampaignService campaigns;
    private final ItemService items;
    private final FiguresService figures;
    private final Idempotency idempotency;

    CampaignResource(CampaignService campaigns, ItemService items, FiguresService figures, Idempotency idempotency) {
        this.campaigns = campaigns;
        this.items = items;
        this.figures = figures;
        this.idempotency = idempotency;
    }

    @Schema(name = "CampaignNotifyResult")
    record NotifyResult(@Schema(description = "items moved to NOTIFIED, one campaign.notified event each") int notified) {
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "createCampaign", summary = "Create a recall, inspection, retrofit or service-month campaign (admin, handler, warranty analyst)",
            description = "400 when the serial range is inverted or no machine of the series is in it, the delivery "
                    + "range is inverted or the region unknown; 409 when the code exists.")
    public RestResponse<CampaignView> create(@NotNull @Valid CampaignRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /campaigns", body, CampaignView.class,
                () -> Responses.created(uri, campaigns.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "listCampaigns", summary = "List campaigns (admin, analyst, handler, warranty analyst, dealer, station manager)")
    public RestResponse<Page<CampaignView>> list(@QueryParam("productSeries") String productSeries,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, campaigns.list(productSeries, paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "getCampaign", summary = "Get a campaign (admin, analyst, handler, warranty analyst, dealer, station manager)")
    public RestResponse<CampaignView> get(@PathParam("id") UUID id) {
        return Responses.ok(campaigns.get(id));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "startCampaign", summary = "Start a campaign: one item per affected active machine (admin, handler, warranty analyst)",
            description = "Creates the items once: starting again, or twice at once, answers the started campaign "
                    + "and creates nothing more. Machines delivered later that meet the targeting get their item from a job "
                    + "until the deadline.")
    public RestResponse<CampaignView> start(@PathParam("id") UUID id) {
        return Responses.ok(campaigns.start(id));
    }

    @POST
    @Path("{id}/notify")
    @RolesAllowed({ Roles.ADMIN, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "notifyCampaignCustomers", summary = "Tell the customers of the items not yet told (admin, handler, warranty analyst)",
            description = "Moves NOT_STARTED items to NOTIFIED and records a campaign.notified event for each; the "
                    + "notification topic rules for campaign.notified turn them into messages. 409 before the start.")
    public NotifyResult notifyCustomers(@PathParam("id") UUID id) {
        return new NotifyResult(items.notifyCustomers(id));
    }

    @GET
    @Path("{id}/items")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "listCampaignItems", summary = "List a campaign's items (admin, analyst, handler, warranty analyst, dealer, station manager)",
            description = "A dealer sees its customers' items, a station manager the items booked or done at the "
                    + "station. overdue=true: the items still open after the campaign's deadline.")
    public RestResponse<Page<CampaignItemView>> items(@PathParam("id") UUID id, @QueryParam("state") ItemState state,
            @QueryParam("overdue") Boolean overdue, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, items.list(id, state, overdue, paging));
    }

    @GET
    @Path("{id}/figures")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.HANDLER, Roles.WARRANTY_ANALYST })
    @Operation(operationId = "getCampaignFigures", summary = "Completion per campaign, station, region and month; open items past the deadline (admin, analyst, handler, warranty analyst)")
    public CampaignFigures figures(@PathParam("id") UUID id) {
        return figures.figures(id);
    }
}

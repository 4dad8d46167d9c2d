package io.fieldback.campaign.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.campaign.CampaignItemView;
import io.fieldback.campaign.CampaignNotified;
import io.fieldback.campaign.ItemState;
import io.fieldback.campaign.internal.Requests.OutcomeRequest;
import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;
import io.fieldback.visit.VisitStatus;

/** The items of campaigns: what a caller sees of them and the moves people make. */
@ApplicationScoped
class ItemService {

    private final CampaignService campaigns;
    private final RepairVisits visits;
    private final DomainEvents events;
    private final Caller caller;
    private final TimeSource time;

    ItemService(CampaignService campaigns, RepairVisits visits, DomainEvents events, Caller caller, TimeSource time) {
        this.campaigns = campaigns;
        this.visits = visits;
        this.events = events;
        this.caller = caller;
        this.time = time;
    }

    /** A dealer sees its customers' items, a station its own (booked or done there). */
    @Transactional
    Page<CampaignItemView> list(UUID campaignId, ItemState state, Boolean overdue, PageParams paging) {
        Campaign campaign = campaigns.find(campaignId);
        Filter filter = new Filter().eq("e.campaignId", campaignId).eq("e.state", state)
                .eq("e.dealerId", caller.confinedToDealer()).eq("e.stationId", caller.confinedToStation());
        if (Boolean.TRUE.equals(overdue)) {
            filter.clause("e.state in :p", CampaignItem.OPEN);
            if (!today().isAfter(campaign.deadline)) {
                filter.clause("e.id = :p", new UUID(0, 0)); // nothing is overdue before the deadline has passed
            }
        }
        return Keyset.page(CampaignItem.class, filter, paging, CampaignItem::view);
    }

    @Transactional
    CampaignItemView get(UUID id) {
        return visible(id).view();
    }

    @Transactional
    CampaignItemView close(UUID id, OutcomeRequest request) {
        CampaignItem item = lockVisible(id);
        item.closeWithout(request.state(), request.reason(), time.now());
        CampaignItem.flush();
        return item.view();
    }

    /** A completed visit of the item's machine closes it; another machine's visit is refused (400). */
    @Transactional
    CampaignItemView linkVisit(UUID id, UUID visitId) {
        CampaignItem item = lockVisible(id);
        RepairVisit visit = visits.find(visitId);
        if (visit == null || !caller.canSeeStation(visit.stationId(), visit.dealerId())) {
            throw ApiException.badRequest("visitId", "no visit with id " + visitId);
        }
        if (visit.status() != VisitStatus.COMPLETED) {
            throw ApiException.badRequest("visitId", "visit " + visitId + " is not completed (" + visit.status() + ")");
        }
        item.doneBy(visitId, visit.equipmentId(), visit.stationId(), visit.completedAt());
        CampaignItem.flush();
        return item.view();
    }

    /** Tells the customers of the items not yet told (an event each for the notification rules); returns how many. */
    @Transactional
    int notifyCustomers(UUID campaignId) {
        if (!RowLocks.lock("campaigns", campaignId)) {
            throw ApiException.notFound("campaign " + campaignId);
        }
        Campaign campaign = campaigns.find(campaignId);
        if (campaign.startedAt == null) {
            throw ApiException.conflict("campaign " + campaign.code + " is not started: it has no items to notify");
        }
        List<CampaignItem> due = CampaignItem.list("campaignId = ?1 and state = ?2", campaignId, ItemState.NOT_STARTED);
        for (CampaignItem item : due) {
            item.state = ItemState.NOTIFIED;
            item.notifiedAt = time.now();
            events.record(CampaignNotified.TOPIC, item.id, item.dealerId, new CampaignNotified(item.id, campaign.id,
                    campaign.code, campaign.name, campaign.kind, item.customerId, item.equipmentId, campaign.deadline));
        }
        return due.size();
    }

    LocalDate today() {
        return LocalDate.now(time.clock());
    }

    private CampaignItem visible(UUID id) {
        CampaignItem item = CampaignItem.findById(id);
        if (item == null || !maySee(item)) {
            throw ApiException.notFound("campaign item " + id);
        }
        return item;
    }

    private CampaignItem lockVisible(UUID id) {
        if (!RowLocks.lock("campaign_items", id)) {
            throw ApiException.notFound("campaign item " + id);
        }
        return visible(id);
    }

    /** Network-wide roles see every item; a dealer its customers' items; a station those at the station. */
    private boolean maySee(CampaignItem item) {
        UUID dealer = caller.confinedToDealer();
        UUID station = caller.confinedToStation();
        return (dealer == null || dealer.equals(item.dealerId)) && (station == null || station.equals(item.stationId));
    }
}

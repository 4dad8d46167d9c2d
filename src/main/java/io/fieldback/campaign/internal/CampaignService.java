package io.fieldback.campaign.internal;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.campaign.CampaignView;
import io.fieldback.campaign.Campaigns;
import io.fieldback.campaign.internal.Requests.CampaignRequest;
import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.MachinePlacement;
import io.fieldback.region.Regions;
import io.fieldback.security.Caller;

@ApplicationScoped
class CampaignService implements Campaigns {

    private final EquipmentService equipment;
    private final Regions regions;
    private final ItemWriter writer;
    private final Caller caller;
    private final TimeSource time;

    CampaignService(EquipmentService equipment, Regions regions, ItemWriter writer, Caller caller, TimeSource time) {
        this.equipment = equipment;
        this.regions = regions;
        this.writer = writer;
        this.caller = caller;
        this.time = time;
    }

    @Override
    @Transactional
    public boolean exists(String code) {
        return code != null && Campaign.count("code", code) > 0;
    }

    @Override
    @Transactional
    public boolean covers(String code, UUID equipmentId) {
        Campaign campaign = code == null ? null : Campaign.byCode(code);
        if (campaign == null || equipmentId == null) {
            return false;
        }
        // an item answers it in one look-up; only a machine without one (not started, or registered later) is matched
        return CampaignItem.count("campaignId = ?1 and equipmentId = ?2", campaign.id, equipmentId) > 0
                || placements(campaign).stream().anyMatch(m -> m.equipmentId().equals(equipmentId));
    }

    @Override
    @Transactional
    public java.util.Set<UUID> coveredOf(String code, java.util.Collection<UUID> equipmentIds) {
        Campaign campaign = code == null ? null : Campaign.byCode(code);
        if (campaign == null || equipmentIds.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<UUID> asked = java.util.Set.copyOf(equipmentIds);
        java.util.Set<UUID> covered = new java.util.HashSet<>(Campaign.getEntityManager().createQuery(
                "select i.equipmentId from CampaignItem i where i.campaignId = :campaign and i.equipmentId in :ids",
                UUID.class).setParameter("campaign", campaign.id).setParameter("ids", asked).getResultList());
        if (covered.size() < asked.size()) {
            placements(campaign).stream().map(MachinePlacement::equipmentId).filter(asked::contains).forEach(covered::add);
        }
        return covered;
    }

    @Transactional
    CampaignView create(CampaignRequest request) {
        String region = regions.regionFilter(request.region());
        checkRanges(request);
        if (equipment.placements(request.productSeries(), request.serialFrom(), request.serialTo(), null, null, null)
                .isEmpty()) {
            throw ApiException.badRequest(request.serialFrom() == null ? "productSeries" : "serialFrom",
                    "no machine of series '" + request.productSeries() + "' is in the serial range: the range is empty");
        }
        if (exists(request.code())) {
            throw ApiException.conflict("campaign " + request.code() + " exists already");
        }
        Campaign campaign = new Campaign();
        campaign.id = UuidV7.next();
        campaign.code = request.code();
        campaign.kind = request.kind();
        campaign.name = request.name();
        campaign.productSeries = request.productSeries();
        campaign.serialFrom = request.serialFrom();
        campaign.serialTo = request.serialTo();
        campaign.deliveredFrom = request.deliveredFrom();
        campaign.deliveredTo = request.deliveredTo();
        campaign.region = region;
        campaign.deadline = request.deadline();
        campaign.createdBy = caller.name();
        campaign.persist();
        Campaign.flush();
        return campaign.view();
    }

    /**
     * Creates one item per affected machine, once: the campaign row is locked, so a second start at the same
     * time waits and then finds it started (and the unique key on campaign and machine backs that up).
     */
    @Transactional
    CampaignView start(UUID id) {
        if (!RowLocks.lock("campaigns", id)) {
            throw ApiException.notFound("campaign " + id);
        }
        // nothing was read in this transaction before the lock, so this read sees the winner's commit
        Campaign campaign = find(id);
        if (campaign.startedAt != null) {
            return campaign.view();
        }
        List<MachinePlacement> machines = placements(campaign);
        writer.insert(campaign.id, machines, time.now());
        campaign.startedAt = time.now();
        campaign.itemCount = (int) CampaignItem.count("campaignId", campaign.id);
        Campaign.flush();
        return campaign.view();
    }

    @Transactional
    Page<CampaignView> list(String productSeries, PageParams paging) {
        return Keyset.page(Campaign.class, new Filter().eq("e.productSeries", productSeries), paging, Campaign::view);
    }

    @Transactional
    CampaignView get(UUID id) {
        return find(id).view();
    }

    /** The active machines the campaign's targeting meets now. */
    List<MachinePlacement> placements(Campaign campaign) {
        return equipment.placements(campaign.productSeries, campaign.serialFrom, campaign.serialTo,
                campaign.deliveredFrom, campaign.deliveredTo, campaign.region);
    }

    Campaign find(UUID id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw ApiException.notFound("campaign " + id);
        }
        return campaign;
    }

    private static void checkRanges(CampaignRequest request) {
        if (request.serialFrom() != null && request.serialTo() != null
                && SerialOrder.ORDER.compare(request.serialFrom(), request.serialTo()) > 0) {
            throw ApiException.badRequest("serialTo", "the serial range is inverted: " + request.serialTo()
                    + " comes before " + request.serialFrom());
        }
        if (request.deliveredFrom() != null && request.deliveredTo() != null
                && request.deliveredFrom().isAfter(request.deliveredTo())) {
            throw ApiException.badRequest("deliveredTo", "the delivery range is inverted: " + request.deliveredTo()
                    + " is before " + request.deliveredFrom());
        }
    }
}

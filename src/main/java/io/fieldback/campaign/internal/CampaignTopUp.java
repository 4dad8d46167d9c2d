package io.fieldback.campaign.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.MachinePlacement;
import io.quarkus.scheduler.Scheduled;

/**
 * Machines delivered or registered after a campaign started that meet its targeting get their item while the
 * deadline has not passed. The campaign row is locked as for the start, and the unique key (campaign, machine)
 * keeps every machine's item once.
 */
@ApplicationScoped
public class CampaignTopUp {

    private final CampaignService campaigns;
    private final ItemWriter writer;
    private final TimeSource time;

    CampaignTopUp(CampaignService campaigns, ItemWriter writer, TimeSource time) {
        this.campaigns = campaigns;
        this.writer = writer;
        this.time = time;
    }

    @Scheduled(identity = "campaign-top-up", every = "${fieldback.campaign.top-up-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** Tops up every started campaign whose deadline has not passed; returns how many items it added. */
    public int runOnce() {
        int added = 0;
        for (UUID id : running()) {
            added += topUp(id);
        }
        return added;
    }

    @Transactional
    List<UUID> running() {
        return Campaign.getEntityManager().createQuery("select c.id from Campaign c where c.startedAt is not null "
                + "and c.deadline >= :today order by c.id", UUID.class).setParameter("today", today()).getResultList();
    }

    /** The items one campaign lacks, added; returns how many. */
    @Transactional
    int topUp(UUID id) {
        if (!RowLocks.lock("campaigns", id)) {
            return 0;
        }
        Campaign campaign = campaigns.find(id);
        Set<UUID> have = new HashSet<>(Campaign.getEntityManager().createQuery("select i.equipmentId from "
                + "CampaignItem i where i.campaignId = :id", UUID.class).setParameter("id", id).getResultList());
        List<MachinePlacement> missing = campaigns.placements(campaign).stream()
                .filter(m -> !have.contains(m.equipmentId())).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        writer.insert(id, missing, time.now());
        campaign.itemCount = (int) CampaignItem.count("campaignId", id);
        return campaign.itemCount - have.size();
    }

    private LocalDate today() {
        return LocalDate.now(time.clock());
    }
}

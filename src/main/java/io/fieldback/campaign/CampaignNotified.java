package io.fieldback.campaign;

import java.time.LocalDate;
import java.util.UUID;

/** A customer is to be told that a machine of theirs is in a campaign; notification topic rules turn it into messages. */
public record CampaignNotified(UUID campaignItemId, UUID campaignId, String campaignCode, String campaignName,
        CampaignKind kind, UUID customerId, UUID equipmentId, LocalDate deadline) {

    public static final String TOPIC = "campaign.notified";
}

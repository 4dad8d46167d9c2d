package io.fieldback.campaign;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "CampaignItem", description = "One affected machine of a campaign")
public record CampaignItemView(UUID id, UUID campaignId, UUID equipmentId, UUID customerId, UUID dealerId,
        String region, @Schema(description = "the station of its appointment or visit, null before") UUID stationId,
        ItemState state, @Schema(description = "why NOT_REACHABLE or NOT_APPLICABLE") String reason,
        UUID appointmentId, UUID visitId, Instant notifiedAt, Instant bookedAt, Instant closedAt,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

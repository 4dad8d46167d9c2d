package io.fieldback.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Campaign")
public record CampaignView(UUID id, String code, CampaignKind kind, String name, String productSeries,
        String serialFrom, String serialTo, LocalDate deliveredFrom, LocalDate deliveredTo, String region,
        LocalDate deadline, @Schema(description = "null until started") Instant startedAt,
        @Schema(description = "machines the start found (one item each)") int itemCount, String createdBy,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "WarrantyLabourRate")
public record LabourRateView(UUID id, UUID stationId, UUID dealerId,
        @Schema(description = "in force from this day until the next rate of the station starts") LocalDate validFrom,
        BigDecimal hourlyRate, String currency,
        @Schema(description = "false once withdrawn: never in force then") boolean active, long version, Instant createdAt, Instant updatedAt)
        implements Versioned {
}

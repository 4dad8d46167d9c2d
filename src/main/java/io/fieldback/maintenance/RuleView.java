package io.fieldback.maintenance;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.visit.MeterUnit;

@Schema(name = "MaintenanceRule")
public record RuleView(UUID id, String productSeries, @Schema(nullable = true) MeterUnit meterUnit,
        @Schema(nullable = true) Integer firstMeter, @Schema(nullable = true) Integer firstMonths,
        @Schema(nullable = true) Integer everyMeter, @Schema(nullable = true) Integer everyMonths, RuleMode mode,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

package io.fieldback.engineering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "DesignChange")
public record DesignChangeView(UUID id, String changeNumber, String productSeries,
        @Schema(description = "machines with this serial or a later one have the change", nullable = true)
        String appliesFromSerial,
        @Schema(description = "machines delivered on or after this day have the change", nullable = true)
        LocalDate appliesFromDate,
        String description, String createdBy, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

package io.fieldback.station;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Station")
public record StationView(UUID id, String code, String name, UUID dealerId, String region, String province,
        String address, BigDecimal latitude, BigDecimal longitude, String phone, boolean open24h, boolean active,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

package io.fieldback.station;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Technician")
public record TechnicianView(UUID id, UUID stationId, String name, String phone, List<String> productLines,
        boolean active, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

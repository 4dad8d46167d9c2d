package io.fieldback.customer;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Contact")
public record ContactView(UUID id, UUID customerId, String name, ContactRole role, String phone,
        @Schema(type = SchemaType.STRING, format = "time") LocalTime callWindowStart,
        @Schema(type = SchemaType.STRING, format = "time") LocalTime callWindowEnd, boolean preferred,
        boolean active, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

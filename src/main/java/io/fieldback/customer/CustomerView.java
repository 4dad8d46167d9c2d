package io.fieldback.customer;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Customer")
public record CustomerView(UUID id, String code, String name, Relationship relationship, Importance importance,
        String region, String province, boolean doNotCall, UUID dealerId, boolean active, long version,
        Instant createdAt, Instant updatedAt) implements Versioned {
}

package io.fieldback.survey;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Vendor")
public record VendorView(UUID id, String code, String name, boolean active, long version, Instant createdAt,
        Instant updatedAt) implements Versioned {
}

package io.fieldback.warranty;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "WarrantyClaimType")
public record ClaimTypeView(UUID id, String code, ClaimKind kind, String name, String campaignCode, boolean active,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

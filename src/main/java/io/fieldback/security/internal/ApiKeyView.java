package io.fieldback.security.internal;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "ApiKey")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiKeyView(UUID id, String keyId, String name, ApiKeyRequest.MachineRole role, UUID dealerId,
        UUID vendorId, String createdBy, Instant createdAt, Instant revokedAt,
        @Schema(description = "the full key; returned once, when the key is created, and never again") String key,
        long version) implements Versioned {

    static ApiKeyView of(ApiKey k, String key) {
        return new ApiKeyView(k.id, k.keyId, k.name, ApiKeyRequest.MachineRole.valueOf(k.role.toUpperCase()),
                k.dealerId, k.vendorId, k.createdBy, k.createdAt, k.revokedAt, key, k.version);
    }
}

package io.fieldback.station;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Dealer")
public record DealerView(UUID id, String code, String name, boolean mayCreateCustomers, boolean active, long version,
        Instant createdAt, Instant updatedAt) implements Versioned {
}

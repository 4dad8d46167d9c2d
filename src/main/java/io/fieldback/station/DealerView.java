package io.fieldback.station;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.station.internal.Dealer;

@Schema(name = "Dealer")
public record DealerView(UUID id, String code, String name, boolean mayCreateCustomers, boolean active, long version,
        Instant createdAt, Instant updatedAt) implements Versioned {

    static DealerView of(Dealer d) {
        return new DealerView(d.id, d.code, d.name, d.mayCreateCustomers, d.active, d.version, d.createdAt,
                d.updatedAt);
    }
}

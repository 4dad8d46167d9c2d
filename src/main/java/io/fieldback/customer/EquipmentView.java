package io.fieldback.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Equipment")
public record EquipmentView(UUID id, UUID customerId, String serialNumber, String productSeries,
        Application application, LocalDate deliveryDate, LocalDate warrantyUntil, Integer warrantyLimit,
        WarrantyLimitUnit warrantyLimitUnit, boolean active, long version, Instant createdAt, Instant updatedAt)
        implements Versioned {
}

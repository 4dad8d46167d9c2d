package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "WarrantyOperationCode")
public record OperationCodeView(UUID id, String code, String productSeries, String description,
        BigDecimal standardHours, boolean active, long version, Instant createdAt, Instant updatedAt)
        implements Versioned {
}

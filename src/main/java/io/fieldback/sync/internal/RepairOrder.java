package io.fieldback.sync.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;
import io.fieldback.customer.Application;
import io.fieldback.customer.Importance;
import io.fieldback.customer.Relationship;
import io.fieldback.visit.MeterUnit;
import io.fieldback.visit.Money;
import io.fieldback.visit.Outcome;
import io.fieldback.visit.PartRequest;
import io.fieldback.visit.VisitType;

/** One repair order as a dealer's system (DMS) holds it, keyed by the dealer's own number. */
@Schema(name = "RepairOrder")
public record RepairOrder(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._/-]*$",
                message = "may contain only letters, digits, '.', '-', '_' and '/'") String repairOrderNumber,
        @NotNull @Schema(description = "the DMS's own last-modified time of this order; older than stored = stale")
        Instant updatedAt,
        @NotBlank @Size(max = 32) @Schema(description = "one of the caller's own stations") String stationCode,
        @NotNull @Valid CustomerRef customer,
        @Valid EquipmentRef equipment,
        @NotNull VisitType type,
        @NotNull Status status,
        @NotNull Instant requestedAt,
        Instant arrivedAt,
        Instant completedAt,
        Instant cancelledAt,
        @Size(max = 500) String cancelReason,
        @Schema(description = "required when status is COMPLETED") Outcome outcome,
        @Size(max = 2000) String faultReported,
        @Size(max = 2000) String diagnosis,
        @Size(max = 4000) String workDone,
        @Size(max = 100) List<@NotNull @Valid PartRequest> parts,
        @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal labourHours,
        @Valid Money cost,
        @PositiveOrZero Integer meterReading,
        MeterUnit meterUnit) {

    /** The states a dealer can report; dispatching is done by station managers in fieldback. */
    @Schema(name = "RepairOrderStatus")
    public enum Status {
        REQUESTED, ON_SITE, COMPLETED, CANCELLED
    }

    /** The customer by its code; the other fields are needed only to register an unknown customer. */
    @Schema(name = "RepairOrderCustomer")
    public record CustomerRef(
            @NotBlank @Size(max = 32) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
            @Size(max = 200) String name,
            Relationship relationship,
            Importance importance,
            @Schema(description = "a region code (GET /api/v1/regions)") @Size(max = 16) String region,
            @Size(max = 64) String province) {
    }

    /** The unit by its serial number or VIN; the other fields are needed only to register an unknown unit. */
    @Schema(name = "RepairOrderEquipment")
    public record EquipmentRef(
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "may contain only letters, digits and '-'")
            String serialNumber,
            @Size(max = 64) String productSeries,
            Application application,
            LocalDate deliveryDate) {
    }
}

package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "WarrantyPartReturn")
public record PartReturnView(UUID id, UUID claimId, UUID lineId, UUID stationId, String partNumber,
        String failedSerial, ReturnInstruction instruction,
        @Schema(description = "RETURN: the last day the station may ship the part") LocalDate dueOn,
        @Schema(description = "KEEP: the station keeps the part until this day") LocalDate keepUntil,
        ReturnStatus status, String requestedBy, String carrier, String trackingNumber, Instant shippedAt,
        Instant receivedAt, Finding finding, String inspectionNote, Instant inspectedAt, String inspectedBy,
        String currency,
        @Schema(description = "the line's approved amount, charged back when the defect was not confirmed")
        BigDecimal chargebackAmount, String chargebackReason,
        @Schema(description = "the day of the chargeback: its month's settlement deducts it") LocalDate chargedOn,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}

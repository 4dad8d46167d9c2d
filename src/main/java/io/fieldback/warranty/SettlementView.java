package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "WarrantySettlement")
public record SettlementView(UUID id, UUID stationId, UUID dealerId, @Schema(example = "2026-11") String month,
        String currency,
        @Schema(description = "sum of the approved totals of the claims decided in the month") BigDecimal approvedTotal,
        @Schema(description = "sum of the month's chargebacks") BigDecimal chargebackTotal,
        @Schema(description = "approved less chargebacks: what the station is paid") BigDecimal netTotal,
        SettlementStatus status, String paymentReference, Instant paidAt, String paidBy, List<Line> lines,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    @Schema(name = "WarrantySettlementLineKind")
    public enum LineKind {
        CLAIM, CHARGEBACK
    }

    @Schema(name = "WarrantySettlementLine")
    public record Line(LineKind kind, UUID claimId, UUID partReturnId, String claimNumber,
            @Schema(description = "a chargeback is negative") BigDecimal amount, String reason) {
    }
}

package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch without its lines, as a settlement run answers it: a month of the network has some 200,000 lines,
 * which no caller wants in one answer; the batch itself (GET) and its CSV carry them.
 */
@Schema(name = "WarrantySettlementSummary")
public record SettlementSummary(UUID id, UUID stationId, UUID dealerId, @Schema(example = "2026-11") String month,
        String currency, BigDecimal approvedTotal, BigDecimal chargebackTotal,
        @Schema(description = "approved less chargebacks: what the station is paid") BigDecimal netTotal,
        SettlementStatus status, String paymentReference, Instant paidAt,
        @Schema(description = "claim and chargeback lines in the batch") long lineCount, long version,
        Instant createdAt, Instant updatedAt) {
}

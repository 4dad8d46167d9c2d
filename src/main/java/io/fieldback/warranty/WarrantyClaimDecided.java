package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A claim reached its decision (auto-approved, or every line decided by an analyst). */
public record WarrantyClaimDecided(UUID claimId, String claimNumber, UUID stationId, UUID dealerId,
        ClaimStatus status, String currency, BigDecimal claimedTotal, BigDecimal approvedTotal, Instant decidedAt) {

    public static final String TOPIC = "warranty.claim-decided";
}

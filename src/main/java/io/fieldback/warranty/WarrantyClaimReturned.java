package io.fieldback.warranty;

import java.time.Instant;
import java.util.UUID;

/** An analyst sent a claim back to its station for more information. */
public record WarrantyClaimReturned(UUID claimId, String claimNumber, UUID stationId, UUID dealerId, String note,
        Instant returnedAt) {

    public static final String TOPIC = "warranty.claim-returned";
}

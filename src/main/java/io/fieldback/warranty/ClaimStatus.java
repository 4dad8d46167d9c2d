package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a warranty claim stands. DRAFT → SUBMITTED → AUTO_APPROVED or IN_REVIEW → APPROVED,
 * PARTIALLY_APPROVED, REJECTED or RETURNED_FOR_INFO (which the station edits and submits again).
 */
@Schema(name = "WarrantyClaimStatus")
public enum ClaimStatus {
    DRAFT, SUBMITTED, AUTO_APPROVED, IN_REVIEW, APPROVED, PARTIALLY_APPROVED, REJECTED, RETURNED_FOR_INFO;

    /** Whether the station may still change the claim's lines. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED_FOR_INFO;
    }
}

package io.fieldback.warranty;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.FieldError;

/** Every item of a bulk claim request answered, in request order. */
@Schema(name = "WarrantyClaimSyncResult")
public record ClaimSyncResult(Summary summary, List<Item> items) {

    @Schema(name = "WarrantyClaimItemStatus")
    public enum Status {
        CREATED, UPDATED, UNCHANGED, STALE, REJECTED
    }

    @Schema(name = "WarrantyClaimSyncSummary")
    public record Summary(int created, int updated, int unchanged, int stale, int rejected) {
    }

    @Schema(name = "WarrantyClaimItemResult")
    public record Item(int index, String claimNumber, Status status, UUID claimId, ClaimStatus claimStatus,
            @Schema(description = "why a REJECTED item was refused") List<FieldError> errors) {
    }
}

package io.fieldback.sync;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.FieldError;

/** Every item of a bulk request answered, in request order. */
@Schema(name = "RepairOrderSyncResult")
public record SyncResult(Summary summary, List<Item> items) {

    @Schema(name = "RepairOrderItemStatus")
    public enum Status {
        CREATED, UPDATED, UNCHANGED, STALE, REJECTED
    }

    @Schema(name = "RepairOrderSyncSummary")
    public record Summary(int created, int updated, int unchanged, int stale, int rejected) {
    }

    @Schema(name = "RepairOrderItemResult")
    public record Item(int index, String repairOrderNumber, Status status,
            @Schema(description = "the visit this repair order is") UUID visitId,
            @Schema(description = "why a REJECTED item was refused") List<FieldError> errors,
            @Schema(description = "what was kept from the stored visit, e.g. details edited later on a phone")
            List<String> notes) {
    }
}

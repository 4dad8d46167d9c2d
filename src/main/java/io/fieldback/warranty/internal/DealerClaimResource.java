package io.fieldback.warranty.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.security.Roles;
import io.fieldback.warranty.ClaimSyncResult;

@Path("/api/v1/dealer/warranty-claims")
@Tag(name = "Dealer integration")
class DealerClaimResource {

    private final ClaimSyncService sync;

    DealerClaimResource(ClaimSyncService sync) {
        this.sync = sync;
    }

    @PUT
    @RolesAllowed(Roles.DEALER)
    @Operation(operationId = "upsertWarrantyClaims", summary = "Create or update up to 5,000 warranty claims by the dealer's own claim numbers",
            description = "Every item is answered in request order: CREATED, UPDATED, UNCHANGED (same updatedAt as "
                    + "stored), STALE (older than the stored version; nothing changed) or REJECTED with its field "
                    + "errors. A claim already submitted is not edited (REJECTED on `lines`). With `submit: true` the "
                    + "claim is submitted to the auto-approval rules once stored. Replaying a request changes nothing.")
    public ClaimSyncResult upsert(@NotNull ClaimBatch body) {
        return sync.upsert(body);
    }
}

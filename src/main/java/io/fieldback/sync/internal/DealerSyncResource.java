package io.fieldback.sync.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.fieldback.sync.ChangeFeed;
import io.fieldback.sync.SyncResult;

@Path("/api/v1/dealer")
@Tag(name = "Dealer integration")
public class DealerSyncResource {

    private final RepairOrderSyncService sync;
    private final DealerChangeFeed feed;
    private final Caller caller;

    public DealerSyncResource(RepairOrderSyncService sync, DealerChangeFeed feed, Caller caller) {
        this.sync = sync;
        this.feed = feed;
        this.caller = caller;
    }

    @PUT
    @Path("repair-orders")
    @RolesAllowed(Roles.DEALER)
    @Operation(operationId = "upsertRepairOrders", summary = "Create or update up to 5,000 repair orders by the dealer's own numbers",
            description = "Every item is answered in request order: CREATED, UPDATED, UNCHANGED (already as sent), "
                    + "STALE (older than the stored version; nothing changed) or REJECTED with its field errors. "
                    + "Replaying a request changes nothing. Details take the later of the order's updatedAt and "
                    + "the last edit in fieldback; status is merged into the visit's timeline, and an order that "
                    + "would reopen or change a finished visit is rejected.")
    public SyncResult upsert(@NotNull RepairOrderBatch body) {
        return sync.upsert(body);
    }

    @GET
    @Path("changes")
    @RolesAllowed(Roles.DEALER)
    @Operation(operationId = "listDealerChanges", summary = "What happened to the dealer's visits, calls and complaints since a cursor",
            description = "Oldest first. Start without `after`, then pass the last nextCursor. Reading twice from "
                    + "the same cursor returns the same changes, and none is ever skipped.")
    public ChangeFeed changes(@QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return feed.read(caller.confinedToDealer(), after, limit);
    }
}

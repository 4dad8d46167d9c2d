package io.fieldback.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a dealer's change feed. */
@Schema(name = "DealerChangeFeed")
public record ChangeFeed(
        List<Change> items,
        @Schema(description = "pass as `after` on the next call; present even when nothing changed") String nextCursor,
        @Schema(description = "true when more changes are waiting right now") boolean hasMore) {

    @Schema(name = "DealerChange")
    public record Change(
            @Schema(description = "this change's position; increases monotonically") String cursor,
            @Schema(description = "what happened, e.g. visit.status-changed", example = "visit.status-changed") String topic,
            @Schema(description = "the visit, call or complaint it is about") UUID aggregateId,
            Instant occurredAt,
            @Schema(description = "details; their shape depends on the topic") JsonNode payload) {
    }
}

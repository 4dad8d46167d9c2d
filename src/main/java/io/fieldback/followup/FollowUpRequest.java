package io.fieldback.followup;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call created by hand in the back office. */
@Schema(name = "FollowUpRequest", example = """
        {"customerId": "01936f6e-5b7a-7c3e-8f00-000000000010", "visitId": "01936f6e-5b7a-7c3e-8f00-000000000030",
         "dueAt": "2026-12-01T01:00:00Z", "note": "客户来电要求回访"}""")
public record FollowUpRequest(
        @NotNull UUID customerId,
        @Schema(description = "the visit the call follows up, if any; a visit has at most one call") UUID visitId,
        @Schema(description = "defaults to the visit's equipment") UUID equipmentId,
        @Schema(description = "when to call; defaults to now") Instant dueAt,
        @Size(max = 500) String note) {
}

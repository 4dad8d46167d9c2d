package io.fieldback.complaint;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.complaint.internal.Examples;

@Schema(name = "ComplaintTransitionRequest", example = Examples.TRANSITION)
public record TransitionRequest(
        @NotNull ComplaintStatus to,
        @Schema(description = "required when reopening: what recurred") @Size(max = 2000) String note,
        @Schema(description = OCCURRED_AT) Instant occurredAt) {

    static final String OCCURRED_AT = "when it happened, if earlier than now (e.g. the customer was phoned at 09:00 "
            + "and it is entered at 11:00); not before the complaint's receipt nor the step before, not in the "
            + "future; the clocks use it; defaults to now";
}

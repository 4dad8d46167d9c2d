package io.fieldback.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplaintTransitionRequest", example = Examples.TRANSITION)
public record TransitionRequest(
        @NotNull ComplaintStatus to,
        @Schema(description = "required when reopening: what recurred") @Size(max = 2000) String note) {
}

package io.fieldback.complaint.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of the second-satisfaction call made after closure. */
@Schema(name = "SecondSatisfactionRequest", example = Examples.SECOND_SATISFACTION)
record SecondSatisfactionRequest(
        @NotNull Boolean satisfied,
        @Size(max = 2000) String note,
        @Schema(description = "the follow-up call that asked, if recorded there") UUID callId) {
}

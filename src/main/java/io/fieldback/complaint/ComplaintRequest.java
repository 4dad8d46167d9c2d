package io.fieldback.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;
import io.fieldback.complaint.internal.Examples;

@Schema(name = "ComplaintRequest", example = Examples.COMPLAINT)
public record ComplaintRequest(
        @NotNull UUID customerId,
        @Schema(description = "the visit complained about, if any; a known visit must be the customer's, an id "
                + "not (yet) known is kept as given") UUID visitId,
        @Schema(description = "must be one of the customer's equipment") UUID equipmentId,
        @Schema(description = "ignored for dealer callers, whose complaints are always DEALER") Channel channel,
        @NotNull Category category,
        @NotNull Severity severity,
        @NotBlank @Size(max = 4000) String description,
        @Schema(description = "when the complaint reached us; default now; may not be in the future")
        Instant receivedAt,
        @Size(max = 100) String contactName,
        @Schema(description = "shown only to handlers and admins")
        @Pattern(regexp = Validation.E164, message = Validation.E164_MESSAGE) String contactPhone,
        @Schema(description = "e.g. the follow-up call or survey row it came from")
        @Size(max = 100) String sourceReference,
        @Schema(description = "responsible department, if already known") @Size(max = 32) String departmentCode) {
}

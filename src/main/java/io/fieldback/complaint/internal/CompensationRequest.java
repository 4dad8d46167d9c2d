package io.fieldback.complaint.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Compensation approved by the caller, within their role's limit. */
@Schema(name = "ComplaintCompensationRequest", example = Examples.COMPENSATION)
record CompensationRequest(
        @Schema(description = "a decimal string, at most the currency's minor digits", example = "1500.00")
        @NotNull @Pattern(regexp = "^\\d{1,15}(\\.\\d{1,3})?$", message = "must be a decimal string such as 1500.00")
        String amount,
        @Schema(description = "ISO 4217 code", example = "CNY")
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code such as CNY")
        String currency,
        @Size(max = 500) String reason) {
}

package io.fieldback.warranty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;
import io.fieldback.warranty.ReadingUnit;

@Schema(name = "WarrantyClaimBatch", example = """
        {"items": [{"claimNumber": "WC-2026-000457", "updatedAt": "2026-11-21T02:00:00Z", "submit": true,
          "visitId": "0193a2b0-0000-7000-8000-000000000001", "claimTypeCode": "STD", "currency": "CNY",
          "lines": [{"kind": "LABOUR", "operationCode": "OP-WP-R", "hours": 2.5},
                    {"kind": "PART", "partNumber": "WP-6K-001", "quantity": 1, "unitPrice": 860.00, "causalPart": true}]}]}""")
record ClaimBatch(@Schema(description = "1 to 5,000 claims; each is answered on its own") List<Item> items) {

    /** A claim as the dealer system holds it, keyed by its claim number and versioned by its updatedAt. */
    @Schema(name = "WarrantyClaimBatchItem")
    record Item(
            @NotBlank @Size(max = 40) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String claimNumber,
            @NotNull @Schema(description = "the dealer system's last change; an older version than the stored one is STALE")
            Instant updatedAt,
            @Schema(description = "submit the claim after storing it (default false: it stays a DRAFT)") Boolean submit,
            @NotNull UUID visitId,
            @NotBlank @Size(max = 40) String claimTypeCode,
            LocalDate failureDate,
            @PositiveOrZero @Max(10_000_000) Integer failureReading,
            ReadingUnit failureUnit,
            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as CNY") String currency,
            @NotEmpty @Size(max = 50) List<ClaimRequest.@NotNull @Valid Line> lines) {

        ClaimRequest toRequest() {
            return new ClaimRequest(visitId, claimNumber, claimTypeCode, failureDate, failureReading, failureUnit,
                    currency, lines);
        }
    }
}

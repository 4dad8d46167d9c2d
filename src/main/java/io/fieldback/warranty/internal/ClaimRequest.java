package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;
import io.fieldback.warranty.CostKind;
import io.fieldback.warranty.LineKind;
import io.fieldback.warranty.ReadingUnit;

@Schema(name = "WarrantyClaimRequest", example = """
        {"visitId": "0193a2b0-0000-7000-8000-000000000001", "claimNumber": "WC-2026-000457",
         "claimTypeCode": "STD", "failureDate": "2026-11-19", "failureReading": 1840, "failureUnit": "HOURS",
         "currency": "CNY", "lines": [
          {"kind": "LABOUR", "operationCode": "OP-WP-R", "hours": 2.5},
          {"kind": "PART", "partNumber": "WP-6K-001", "quantity": 1, "unitPrice": 860.00, "causalPart": true,
           "failedSerial": "WP2311-0042", "newSerial": "WP2410-0977"},
          {"kind": "OTHER", "costKind": "TRAVEL", "amount": 120.00, "description": "往返 40 km"}]}""")
record ClaimRequest(
        @NotNull @Schema(description = "the completed visit (repair order) claimed for") UUID visitId,
        @NotBlank @Size(max = 40) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE)
        @Schema(description = "the dealer's own claim number; unique per dealer") String claimNumber,
        @NotBlank @Size(max = 40) String claimTypeCode,
        @Schema(description = "default: the day the repair was completed") LocalDate failureDate,
        @PositiveOrZero @Max(10_000_000) @Schema(description = "meter at the failure; default: the visit's reading")
        Integer failureReading,
        ReadingUnit failureUnit,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as CNY")
        @Schema(description = "must be the station's claim currency (that of its labour rate)") String currency,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines) {

    @Schema(name = "WarrantyClaimLineRequest")
    record Line(
            @NotNull LineKind kind,
            @Size(max = 40) @Schema(description = "LABOUR: a catalogue operation code of the machine's series")
            String operationCode,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "LABOUR: claimed hours; the rate is the station's, in force on the repair day")
            BigDecimal hours,
            @Size(max = 40) @Schema(description = "PART") String partNumber,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
            @Schema(description = "PART") BigDecimal quantity,
            @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) @Schema(description = "PART")
            BigDecimal unitPrice,
            @Schema(description = "PART: the part that caused the failure") Boolean causalPart,
            @Size(max = 60) String failedSerial,
            @Size(max = 60) String newSerial,
            @Schema(description = "OTHER") CostKind costKind,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
            @Schema(description = "OTHER: the amount claimed") BigDecimal amount,
            @Size(max = 500) String description) {
    }
}

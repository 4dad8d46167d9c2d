package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;
import io.fieldback.warranty.ClaimKind;

/** Request bodies of the warranty catalogue. */
final class CatalogueRequests {

    private CatalogueRequests() {
    }

    @Schema(name = "WarrantyOperationCodeRequest", example = """
            {"code": "OP-WP-R", "productSeries": "YC6K", "description": "更换水泵", "standardHours": 2.5}""")
    record OperationCodeRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
            @NotBlank @Size(max = 64) String productSeries,
            @NotBlank @Size(max = 500) String description,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal standardHours) {
    }

    @Schema(name = "WarrantyLabourRateRequest", example = """
            {"stationId": "0193a2b0-0000-7000-8000-0000000000a1", "validFrom": "2026-01-01", "hourlyRate": 180.00,
             "currency": "CNY"}""")
    record LabourRateRequest(
            @NotNull UUID stationId,
            @NotNull LocalDate validFrom,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
            BigDecimal hourlyRate,
            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as CNY") String currency) {
    }

    @Schema(name = "WarrantyClaimTypeRequest", example = """
            {"code": "RC-2026-07", "kind": "CAMPAIGN", "name": "YC6K 水泵召回", "campaignCode": "RC-2026-07"}""")
    record ClaimTypeRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
            @NotNull ClaimKind kind,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 40) @Schema(description = "required for a CAMPAIGN type, absent otherwise") String campaignCode) {
    }
}

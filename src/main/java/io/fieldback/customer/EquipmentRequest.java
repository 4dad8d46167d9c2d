package io.fieldback.customer;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EquipmentRequest", example = """
        {"serialNumber": "LGHX4K2B7NE012345", "productSeries": "YC6K", "application": "TRUCK",
         "deliveryDate": "2025-03-18", "warrantyUntil": "2027-03-17", "warrantyLimit": 200000,
         "warrantyLimitUnit": "KM"}""")
public record EquipmentRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "may contain only letters, digits and '-'") String serialNumber,
        @NotBlank @Size(max = 64) String productSeries,
        @NotNull Application application,
        LocalDate deliveryDate,
        LocalDate warrantyUntil,
        @Positive @Max(100_000_000) Integer warrantyLimit,
        WarrantyLimitUnit warrantyLimitUnit) {

    @JsonIgnore
    @AssertTrue(message = "give warrantyLimit and warrantyLimitUnit together")
    @Schema(hidden = true)
    public boolean isWarrantyLimitComplete() {
        return (warrantyLimit == null) == (warrantyLimitUnit == null);
    }

    @JsonIgnore
    @AssertTrue(message = "must not be before deliveryDate")
    @Schema(hidden = true)
    public boolean isWarrantyUntil() {
        return deliveryDate == null || warrantyUntil == null || !warrantyUntil.isBefore(deliveryDate);
    }
}

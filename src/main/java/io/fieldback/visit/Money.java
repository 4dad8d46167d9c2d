package io.fieldback.visit;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount with its ISO 4217 currency; never a floating-point number. */
@Schema(name = "Money")
public record Money(
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(example = "1280.50") BigDecimal amount,
        @NotNull(message = "a cost needs its currency") @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as CNY")
        @Schema(example = "CNY") String currency) {
}

package io.fieldback.visit;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.visit.internal.UsedPart;

@Schema(name = "UsedPart")
public record PartRequest(
        @NotBlank @Size(max = 40) String partNumber,
        @NotNull @Positive @Digits(integer = 8, fraction = 2) BigDecimal quantity,
        @NotNull Billing billing,
        Boolean usedPartReturned) {

    static PartRequest of(UsedPart part) {
        return new PartRequest(part.partNumber, part.quantity, part.billing, part.usedPartReturned);
    }

    boolean sameAs(UsedPart part) {
        return partNumber.equals(part.partNumber) && quantity.compareTo(part.quantity) == 0
                && billing == part.billing && Boolean.TRUE.equals(usedPartReturned) == part.usedPartReturned;
    }
}

package io.fieldback.customer;

import java.time.LocalTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;

@Schema(name = "ContactRequest", example = """
        {"name": "李师傅", "role": "DRIVER", "phone": "+8613912345678", "callWindowStart": "09:00",
         "callWindowEnd": "18:00", "preferred": true}""")
public record ContactRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull ContactRole role,
        @NotNull @Pattern(regexp = Validation.E164, message = Validation.E164_MESSAGE) String phone,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time", example = "09:00",
                description = "local time the contact may be called from") LocalTime callWindowStart,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time", example = "18:00",
                description = "local time until which the contact may be called; may be before the start (overnight)") LocalTime callWindowEnd,
        Boolean preferred) {

    @JsonIgnore
    @AssertTrue(message = "give both ends of the call window or neither, and make them differ")
    @Schema(hidden = true)
    public boolean isCallWindow() {
        if (callWindowStart == null || callWindowEnd == null) {
            return callWindowStart == null && callWindowEnd == null;
        }
        return !callWindowStart.equals(callWindowEnd);
    }
}

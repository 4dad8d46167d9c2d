package io.fieldback.station;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;

@Schema(name = "TechnicianRequest", example = """
        {"stationId": "01936f6e-5b7a-7c3e-8f00-000000000002", "name": "王建国", "phone": "+8613812345678",
         "productLines": ["heavy-duty-diesel", "generator-set"]}""")
public record TechnicianRequest(
        @NotNull UUID stationId,
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = Validation.E164, message = Validation.E164_MESSAGE) String phone,
        @Size(max = 20) Set<@NotBlank @Size(max = 64) String> productLines) {
}

package io.fieldback.followup.internal;

import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgentProfileRequest", example = """
        {"name": "张丽", "productLines": ["heavy-duty-diesel", "YC6K"]}""")
public record AgentRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Size(max = 50) @Schema(description = "product lines the agent is trained on (see fieldback.followup.product-lines)")
        Set<@NotBlank @Size(max = 64) String> productLines) {

    boolean sameAs(AgentProfile profile) {
        return Objects.equals(name, profile.name) && productLines.equals(profile.productLines);
    }
}

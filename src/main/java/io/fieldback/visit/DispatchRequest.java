package io.fieldback.visit;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DispatchRequest", example = """
        {"technicianIds": ["01936f6e-5b7a-7c3e-8f00-000000000020"]}""")
public record DispatchRequest(@NotEmpty @Size(max = 10) Set<@NotNull UUID> technicianIds) {
}

package io.fieldback.security.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.security.Roles;

@Schema(name = "ApiKeyRequest", example = """
        {"name": "DMS sync, Shanghai East", "role": "DEALER", "dealerId": "01936f6e-5b7a-7c3e-8f00-000000000001"}""")
record ApiKeyRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull MachineRole role,
        @Schema(description = "required when role is DEALER") UUID dealerId,
        @Schema(description = "required when role is VENDOR") UUID vendorId) {

    /** The roles a machine caller may hold. */
    @Schema(name = "MachineRole")
    public enum MachineRole {
        DEALER(Roles.DEALER), VENDOR(Roles.VENDOR);

        final String role;

        MachineRole(String role) {
            this.role = role;
        }
    }
}

package io.fieldback.privacy.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureRequest", example = Examples.ERASURE)
record ErasureRequest(
        @NotBlank @Size(max = 500) @Schema(description = "why the data is erased, e.g. the customer's request and its reference")
        String reason) {
}

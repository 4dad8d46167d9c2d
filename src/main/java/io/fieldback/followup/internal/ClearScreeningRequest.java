package io.fieldback.followup.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClearScreeningRequest", example = """
        {"reason": "录音抽查：客户确实对服务非常满意，通话简短属实"}""")
public record ClearScreeningRequest(@NotBlank @Size(max = 500) String reason) {
}

package io.fieldback.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelRequest", example = """
        {"reason": "客户已自行修复"}""")
public record CancelRequest(@NotBlank @Size(max = 500) String reason) {
}

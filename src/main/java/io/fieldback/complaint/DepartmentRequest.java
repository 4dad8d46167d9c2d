package io.fieldback.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;
import io.fieldback.complaint.internal.Examples;

@Schema(name = "DepartmentRequest", example = Examples.DEPARTMENT)
public record DepartmentRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String supervisorName,
        @Schema(description = "phone or e-mail the escalations go to") @NotBlank @Size(max = 200)
        String supervisorContact) {
}

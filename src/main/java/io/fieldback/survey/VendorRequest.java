package io.fieldback.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;

@Schema(name = "VendorRequest", example = """
        {"code": "VND-CSR", "name": "华信调研咨询有限公司"}""")
public record VendorRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name) {
}

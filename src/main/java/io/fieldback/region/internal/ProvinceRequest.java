package io.fieldback.region.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;

@Schema(name = "ProvinceRequest", example = Examples.PROVINCE)
record ProvinceRequest(
        @Schema(description = "the province's identity (ISO 3166-2:CN code for the seeded ones); cannot change")
        @NotBlank @Size(max = 16) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
        @Schema(description = "GB/T 2260 code, e.g. 42") @Size(max = 8) String gbCode,
        @NotBlank @Size(max = 64) String nameZh,
        @NotBlank @Size(max = 64) String nameEn,
        @Schema(description = "an active region; changing it moves the province's customers and stations along")
        @NotBlank @Size(max = 16) String regionCode) {
}

package io.fieldback.region.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;

@Schema(name = "RegionRequest", example = Examples.REGION)
record RegionRequest(
        @Schema(description = "the region's identity in every other resource; cannot change once created")
        @NotBlank @Size(max = 16) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 64) String nameZh,
        @NotBlank @Size(max = 64) String nameEn,
        @Schema(description = "order in lists and reports, ascending; default 1000 (after the seeded ones)")
        @PositiveOrZero Integer position,
        @Schema(description = "default true; false: keeps its customers and stations, takes no new ones")
        Boolean active) {
}

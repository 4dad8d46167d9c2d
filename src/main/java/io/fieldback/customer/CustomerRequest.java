package io.fieldback.customer;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;

@Schema(name = "CustomerRequest", example = """
        {"code": "C-100234", "name": "江苏宏运物流有限公司", "relationship": "END_USER", "importance": "KEY",
         "region": "EAST", "province": "JS", "doNotCall": false}""")
public record CustomerRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull Relationship relationship,
        @NotNull Importance importance,
@Schema(description = "a region code (GET /api/v1/regions), e.g. CENTRAL; must be the province's region when a province is given")
        @NotBlank @Size(max = 16) String region,
        @Schema(description = "optional: a province code (GET /api/v1/provinces), e.g. HB; its Chinese or English name is accepted too. Answered as the code")
        @Size(max = 64) String province,
        Boolean doNotCall,
        @Schema(description = "the serving dealer; set automatically for dealer callers") UUID dealerId) {
}

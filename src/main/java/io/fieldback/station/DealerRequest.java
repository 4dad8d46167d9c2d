package io.fieldback.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;

@Schema(name = "DealerRequest", example = """
        {"code": "DLR-SH-001", "name": "上海东方动力服务有限公司", "mayCreateCustomers": true}""")
public record DealerRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "whether the dealer's system may register unknown customers and equipment "
                + "when it syncs repair orders (default false)") Boolean mayCreateCustomers) {
}

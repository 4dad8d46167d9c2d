package io.fieldback.station;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Validation;

@Schema(name = "StationRequest", example = """
        {"code": "ST-SH-PD-01", "name": "浦东服务站", "dealerId": "01936f6e-5b7a-7c3e-8f00-000000000001",
         "region": "EAST", "province": "SH", "address": "上海市浦东新区张江路 100 号",
         "latitude": 31.2304, "longitude": 121.4737, "phone": "+862150501234", "open24h": true}""")
public record StationRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = Validation.CODE, message = Validation.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "required for admins; a dealer's own id is used for dealer callers") UUID dealerId,
@Schema(description = "a region code (GET /api/v1/regions), e.g. CENTRAL; must be the province's region when a province is given")
        @NotBlank @Size(max = 16) String region,
        @Schema(description = "optional: a province code (GET /api/v1/provinces), e.g. HB; its Chinese or English name is accepted too. Answered as the code")
        @Size(max = 64) String province,
        @Size(max = 500) String address,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude,
        @Pattern(regexp = Validation.E164, message = Validation.E164_MESSAGE) String phone,
        Boolean open24h) {
}

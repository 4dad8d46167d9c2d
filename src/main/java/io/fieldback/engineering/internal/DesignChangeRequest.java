package io.fieldback.engineering.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DesignChangeRequest", description = "exactly one of appliesFromSerial and appliesFromDate",
        example = """
                {"changeNumber": "ECN-2026-0117", "productSeries": "YC6K", "appliesFromSerial": "YC6K2600500",
                 "description": "喷油器密封圈改用氟橡胶"}""")
record DesignChangeRequest(
        @NotBlank @Size(max = 40) String changeNumber,
        @NotBlank @Size(max = 64) String productSeries,
        @Size(min = 1, max = 40) String appliesFromSerial,
        LocalDate appliesFromDate,
        @Size(max = 2000) String description) {
}

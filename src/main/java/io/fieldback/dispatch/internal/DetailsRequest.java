package io.fieldback.dispatch.internal;

import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DispatchDetailsRequest", example = """
        {"latitude": 31.2891, "longitude": 121.4737, "windowStart": "2026-12-14T01:00:00Z",
         "windowEnd": "2026-12-14T04:00:00Z", "durationMinutes": 90}""")
record DetailsRequest(
        @DecimalMin("-90") @DecimalMax("90") @Schema(description = "the job's site; absent: the station's position") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull @Schema(description = "the technician may start from") Instant windowStart,
        @NotNull @Schema(description = "the technician must have started by") Instant windowEnd,
        @Min(5) @Max(720) @Schema(description = "absent: the fieldback.dispatch.default-duration setting") Integer durationMinutes) {
}

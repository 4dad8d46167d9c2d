package io.fieldback.followup.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SampleRequest", example = """
        {"date": "2026-12-01", "size": 120}""")
public record SampleRequest(
        @Schema(description = "the day (follow-up time zone); defaults to today; not in the future") LocalDate date,
        @Schema(description = "calls to draw; defaults to fieldback.followup.sampling.daily-size") @Min(1) @Max(100000) Integer size) {
}

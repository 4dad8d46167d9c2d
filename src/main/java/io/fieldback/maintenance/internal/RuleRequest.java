package io.fieldback.maintenance.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.maintenance.RuleMode;
import io.fieldback.visit.MeterUnit;

@Schema(name = "MaintenanceRuleRequest", example = """
        {"productSeries": "YC6K", "meterUnit": "HOURS", "firstMeter": 250, "firstMonths": 3,
         "everyMeter": 500, "everyMonths": 6, "mode": "ANCHORED"}""")
record RuleRequest(
        @NotBlank @Size(max = 64) String productSeries,
        @Schema(description = "what firstMeter and everyMeter count; required with either") MeterUnit meterUnit,
        @Positive @Schema(description = "first service at this meter reading after delivery") Integer firstMeter,
        @Positive @Schema(description = "first service this many months after delivery") Integer firstMonths,
        @Positive @Schema(description = "then every this much meter") Integer everyMeter,
        @Positive @Schema(description = "then every this many months") Integer everyMonths,
        @NotNull RuleMode mode) {
}

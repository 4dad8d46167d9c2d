package io.fieldback.maintenance.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.visit.MeterUnit;

@Schema(name = "MeterReadingRequest", example = """
        {"reading": 1250, "unit": "HOURS", "readOn": "2026-11-20"}""")
record ReadingRequest(@NotNull @PositiveOrZero Integer reading, @NotNull MeterUnit unit,
        @Schema(description = "the day the meter was read; defaults to today") LocalDate readOn) {
}

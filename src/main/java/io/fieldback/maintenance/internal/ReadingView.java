package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.visit.MeterUnit;

@Schema(name = "MeterReading")
record ReadingView(UUID id, UUID equipmentId, int reading, MeterUnit unit, LocalDate readOn,
        @Schema(description = "the visit that took the reading, or null when it was reported", nullable = true) UUID visitId) {

    static ReadingView of(MeterReading r) {
        return new ReadingView(r.id, r.equipmentId, r.reading, r.unit, r.readOn, r.visitId);
    }
}

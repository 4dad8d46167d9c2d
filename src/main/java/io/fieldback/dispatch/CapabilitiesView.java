package io.fieldback.dispatch;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

/** What a technician can do and when, with their home station and last known position. */
@Schema(name = "TechnicianCapabilities")
public record CapabilitiesView(UUID technicianId, String name, @Schema(description = "home base") UUID stationId,
        List<Skill> skills, List<Certification> certifications, List<Shift> shifts, List<Absence> absences,
        int dailyCap, List<UUID> preferredCustomerIds, List<UUID> restrictedCustomerIds,
        @Schema(nullable = true, description = "from the latest visit event whose phone sent a position") Position lastPosition,
        long version, Instant updatedAt) implements Versioned {

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public UUID id() {
        return technicianId;
    }

    @Schema(name = "TechnicianSkill")
    public record Skill(@NotBlank @Size(max = 64) String productSeries,
            @NotNull @Min(1) @Max(5) @Schema(description = "1 trainee .. 5 expert") Integer level) {
    }

    @Schema(name = "TechnicianCertification")
    public record Certification(@NotBlank @Size(max = 100) String name,
            @Size(max = 64) @Schema(description = "the series it covers; absent: every series") String productSeries,
            @NotNull @Schema(description = "last day it is valid") LocalDate validUntil) {
    }

    @Schema(name = "TechnicianShift", description = "A weekly shift in the dispatch time zone; end after start, same day")
    public record Shift(@NotNull DayOfWeek dayOfWeek,
            @NotNull @Schema(type = SchemaType.STRING, format = "time") LocalTime start,
            @NotNull @Schema(type = SchemaType.STRING, format = "time") LocalTime end) {
    }

    @Schema(name = "TechnicianAbsence", description = "Leave, training or sickness, whole days from..to inclusive")
    public record Absence(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 200) String reason) {
    }

    @Schema(name = "TechnicianPosition")
    public record Position(double latitude, double longitude, Instant at) {
    }
}

package io.fieldback.announcement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.announcement.AnnouncementKind;

@Schema(name = "AnnouncementRequest", example = Examples.ANNOUNCEMENT)
record AnnouncementRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String body,
        @NotNull AnnouncementKind kind,
        @Schema(description = "stations must confirm they read it; needs a dueDate") boolean mandatory,
        @Schema(description = "read by this day (fieldback.announcements.time-zone); today or later")
        LocalDate dueDate,
        @NotNull @Valid AddresseesRequest addressees) {

    @Schema(name = "AnnouncementAddresseesRequest",
            description = "allStations, or at least one dealer, region or product series (a station matching any is addressed)")
    record AddresseesRequest(
            Boolean allStations,
            @Size(max = 500) List<@NotNull UUID> dealerIds,
            @Size(max = 50) List<@NotBlank @Size(max = 16) String> regions,
            @Schema(description = "the stations that have serviced a machine of the series (any visit)")
            @Size(max = 100) List<@NotBlank @Size(max = 64) String> productSeries) {
    }
}

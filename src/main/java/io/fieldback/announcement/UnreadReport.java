package io.fieldback.announcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who has not read an announcement by its due date: the addressed stations none of whose people (station
 * managers, technicians) read it on or before the due date. Before the due date it lists who has not read it yet.
 */
@Schema(name = "AnnouncementUnreadReport")
public record UnreadReport(UUID announcementId, AnnouncementStatus status, boolean mandatory, LocalDate dueDate,
        @Schema(description = "the due date is over (in fieldback.announcements.time-zone)") boolean dueDatePassed,
        @Schema(description = "stations addressed at publication") int stationsAddressed,
        @Schema(description = "stations with a read on time") int stationsReadOnTime,
        @Schema(description = "stations without a read on time; empty once withdrawn") List<Station> notRead) {

    @Schema(name = "AnnouncementUnreadStation")
    public record Station(UUID stationId, UUID dealerId,
            @Schema(description = "the station's first read, after the due date; null when never read",
                    nullable = true) Instant lateReadAt) {
    }
}

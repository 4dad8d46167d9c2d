package io.fieldback.announcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Announcement")
public record AnnouncementView(UUID id, String title, String body, AnnouncementKind kind, boolean mandatory,
        LocalDate dueDate, AnnouncementStatus status,
        @Schema(description = "who it is addressed to, as chosen") Addressees addressees,
        @Schema(description = "how many stations it reached at publication; null while a draft",
                nullable = true) Integer stationsAddressed,
        List<AnnouncementAttachmentView> attachments, String createdBy, Instant publishedAt, Instant withdrawnAt,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    /** All stations, or the stations of any listed dealer, in any listed region, or that serviced any listed series. */
    @Schema(name = "AnnouncementAddressees")
    public record Addressees(boolean allStations, Set<UUID> dealerIds, Set<String> regions,
            Set<String> productSeries) {
    }
}

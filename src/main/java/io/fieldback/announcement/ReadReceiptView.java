package io.fieldback.announcement;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnouncementReadReceipt")
public record ReadReceiptView(UUID id, UUID announcementId, String reader,
        @Schema(description = "the reader's station; null for a dealer's own staff", nullable = true) UUID stationId,
        UUID dealerId, Instant readAt,
        @Schema(description = "read on or before the due date (always true without one)") boolean onTime) {
}

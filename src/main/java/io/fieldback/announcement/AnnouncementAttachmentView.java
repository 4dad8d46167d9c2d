package io.fieldback.announcement;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnouncementAttachment")
public record AnnouncementAttachmentView(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
        String uploadedBy, Instant createdAt) {
}
